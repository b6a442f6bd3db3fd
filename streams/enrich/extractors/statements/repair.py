"""Repairs an unclosed quotation whose closing mark was lost just before its attribution.

`"A. B, she said. C` is far more often a typo for `"A. B," she said. C` than a quotation that
really runs to the end of the paragraph and contains its own attribution. The parse shows the
tell-tale shape — a comma, then a speaker and a speech verb (or the verb and a speaker) — and
the quotation is closed at that comma, so the attribution and what follows it read as narrative.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_kind
from .layout import Layout
from .quotes import Quote

_SPEAKER_POS = frozenset({"PRON", "PROPN"})


def _attribution_comma(cue: Token) -> Token | None:
    """The comma before `, she said` or `, said Smith`, when `cue` sits in that shape."""
    doc = cue.doc
    i = cue.i
    if i >= 2 and doc[i - 1].pos_ in _SPEAKER_POS and doc[i - 1].dep_ == "nsubj" and doc[i - 2].text == ",":
        return doc[i - 2]
    if i >= 1 and i + 1 < len(doc) and doc[i - 1].text == "," and doc[i + 1].pos_ == "PROPN":
        return doc[i - 1]
    return None


def close_at_attribution(layout: Layout, quote: Quote) -> Quote:
    """`quote` itself, or, when unbalanced with an inline attribution, the quotation before it."""
    if quote.balanced:
        return quote
    doc = layout.doc
    kept: list[tuple[int, int]] = []
    for start, end in quote.parts:
        i = layout.token_index_at(start)
        while i < len(doc) and doc[i].idx < end:
            comma = _attribution_comma(doc[i]) if cue_kind(doc[i]) == "speech" else None
            if comma is not None and comma.idx > start:
                breaks = tuple(b for b in quote.breaks if b[1] <= start)
                return Quote((*kept, (start, comma.idx + 1)), quote.open_mark, comma.idx + 1, True, breaks)
            i += 1
        kept.append((start, end))
    return quote
