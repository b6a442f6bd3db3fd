"""A company's name set in angle brackets, as wire copy marks a firm without a listing ("<Orla Vent Ltd>").

The recogniser keeps the closing bracket inside the span (the stored name then ends in ">"), cuts the name
short, or reads it as a person's, and a later short form ("Orla said") then finds no firm to stand for. The
brackets hold a company's name and nothing else, so the words between them are one organisation's name.
A stock code ("<OVL.L>") is nobody's name and is left to `stock_codes`.
"""

from __future__ import annotations

from spacy.tokens import Span

_MAX_WORDS = 10  # a bracketed name longer than this is not a name: a stray "<" in the text


def bracketed_firm(ent: Span, text: str) -> Span | None:
    """The whole bracketed name as an organisation's span when `ent` lies inside "<...>" on one line
    (`text` is the document's)."""
    opening = text.rfind("<", 0, ent.start_char + 1)
    if opening < 0 or any(c in text[opening + 1 : ent.start_char] for c in ">\n"):
        return None
    closing = text.find(">", ent.start_char)  # the span may run past the bracket ("X Ltd> of")
    if closing < 0 or any(c in text[opening + 1 : closing] for c in "<\n"):  # the span may hold the "<" too
        return None
    name = ent.doc.char_span(opening + 1, closing, label="ORG", alignment_mode="contract")
    if name is None or not 0 < len(name) <= _MAX_WORDS or not name[0].is_title:
        return None
    return name
