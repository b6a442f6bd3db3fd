"""A body's side told by its short form: "Quellmark said Quellmark had held talks with a lender" after
"Quellmark Freight Systems Inc". News shortens a company to its opening words after one full mention, and the
small model may read the short form as a person, a place or nothing at all; the side is the body under the
fullest name the article gave it, as a statement's speaker is (`cast.reading.registry`)."""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import Cast
from streams.enrich.model import Participant

_MISREAD = ("PERSON", "PLACE", None)  # an organisation's own label already reads its fullest name


def body_by_short_form(token: Token, span: tuple[int, int] | None, label: str | None, cast: Cast,
                       ) -> Participant | None:
    """The organisation whose fullest name the proper name ending at `token` opens, when the rest of that name
    is body or legal-form words and no person of the article bears the name (the registry's test)."""
    if token.pos_ != "PROPN" or label not in _MISREAD or not token.is_title:
        return None
    start, end = span if span is not None else (_first_compound(token), token.i + 1)
    if end - 1 != token.i:
        return None
    words = token.doc[start:end]
    if any(not (t.is_title or t.is_upper) for t in words):
        return None
    body = cast.registry.org_read_as_person(words.text, token.idx)
    return Participant(name=body.name, kind="organization") if body is not None else None


def _first_compound(token: Token) -> int:
    """Where a name the model left unlabelled starts: its capitalised compounds before it."""
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ != "compound" or child.i != start - 1 or not child.is_title:
            break
        start = child.i
    return start
