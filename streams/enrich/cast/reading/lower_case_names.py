"""A body's full name typed in lower case ("the county's water board, orla valley de riego, said"), as wire copy
sometimes is, when the article writes its opening words capitalised elsewhere ("Orla valley said", "Orla
valley's debts"): news gives a name in full once and then shortens it, so the lower-case span the model
labelled a body is that body's full name, and the capitalised writing is its short form.

A lower-case span alone names no one ("a Lisbon-based broker", "the fisheries council"), so the rule asks for
both: a lower-case linking word ("de", "of", "del", ...) inside the span, where a long name goes on with its
place or trade, and the two or more words before it (the word before the span too, when the model left out
an opening "la" or "el") written capitalised elsewhere in the article. "the ministry" alone has no link, one
capitalised word ("Compagnie") is too common to stand for a name, and an English article opening the words
("The fisheries council" at a sentence's start) capitalises nothing of a name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Words that carry a body's name on past its opening ones ("Banco de X", "Ministry of Y", "Compagnie des Z").
_LINKS = frozenset({"of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des"})
_ARTICLES = frozenset({"the", "a", "an"})  # "The fisheries council" opening a sentence is no name's writing
_MIN_SHORT = 2  # one capitalised word ("Compagnie", "Ministry") is too common to stand for a name


def lower_case_name(ent: Span) -> tuple[Span, str] | None:
    """The lower-case body span `ent` as a full name (taking in the word before it when the short form opens
    with it: "la" of "la orla valley de riego"), with the short form the article writes capitalised; None when
    `ent` is no such name."""
    if ent.label_ != "ORG" or not ent.text.islower():
        return None
    doc = ent.doc
    link = next((t.i for t in ent[1:] if t.lower_ in _LINKS), None)
    if link is None or link + 1 >= ent.end:
        return None
    for begin in (ent.start - 1, ent.start):
        opening = doc[max(begin, 0) : link]
        if begin < 0 or len(opening) < _MIN_SHORT or not opening.text.islower() or not opening[0].is_alpha:
            continue
        if opening[0].lower_ in _ARTICLES:
            continue
        written = _written(doc, [t.lower_ for t in opening], doc[begin : ent.end])
        if written is not None:
            return Span(doc, begin, ent.end, label="ORG"), written
    return None


def _written(doc: Doc, short: list[str], name: Span) -> str | None:
    """How the article writes `short` capitalised outside `name` (its first such writing)."""
    size = len(short)
    for i in range(len(doc) - size + 1):
        if name.start <= i < name.end or doc[i].lower_ != short[0] or not doc[i].text[:1].isupper():
            continue
        run = doc[i : i + size]
        if [t.lower_ for t in run] == short:
            return run.text
    return None
