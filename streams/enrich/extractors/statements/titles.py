"""Quotations that name a work, a campaign or a slogan rather than report anyone's words.

Titles are written in title case (every content word capitalised) and end without the punctuation of a
sentence someone spoke; that shape, with where the quotation sits in its sentence, tells a name from a quote.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_kind
from .layout import Layout
from .quotes import Quote

_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from"})
_EDGE_PUNCT = "\"'“”‘’«»()[],.:;!?"


def in_title_case(text: str, parts: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> bool:
    """Every content word capitalised (or a number), and no sentence or clause punctuation at the end."""
    words = [w.strip(_EDGE_PUNCT) for s, e in parts for w in text[s:e].split()]
    content = [w for w in words if w and w.lower() not in _SMALL_WORDS]
    if not content or text[parts[-1][1] - 1] in ".!?…,;":
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)


def names_a_work(layout: Layout, q: Quote) -> bool:
    """`watched 'The Long Road Home'`, `the "Safe Streets" scheme would expand`: a title-case quotation that
    hangs on a noun or on a verb that reports no speech is a name inside the sentence. One that hangs on a
    cue (`called the plan "Project Fear"`) is someone's label, and stays."""
    if not in_title_case(layout.text, q.parts):
        return False
    doc = layout.doc
    i = layout.token_index_at(q.start)
    while i < len(doc) and doc[i].idx < q.end:
        head = doc[i].head
        if not q.start <= head.idx < q.end:
            return head.i != doc[i].i and cue_kind(head) is None and not _labelled_object(head)
        i += 1
    return False


def _labelled_object(noun: Token) -> bool:
    """`called the budget "Project X"`: the parse may hang the label on the object it is given to."""
    return noun.dep_ == "dobj" and cue_kind(noun.head) == "phrase"
