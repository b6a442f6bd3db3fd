"""Repairs an unclosed quotation whose closing mark was lost before the reporting went on.

`"A. B, she said. C` is far more often a typo for `"A. B," she said. C` than a quotation that
really runs to the end of the paragraph and contains its own attribution. The parse shows the
tell-tale shape — a comma, then a speaker and a speech verb (or the verb and a speaker) — and
the quotation is closed at that comma, so the attribution and what follows it read as narrative.

`"A. B. X said C.` has lost its mark at a sentence end instead: a later sentence that reports someone
else's words in the third person (`X said ...`, `The council says ...`), with no first or second person
in it, is the reporter's voice, so the quotation closed before it. A paragraph break bounds the damage
of a lost mark in laid-out copy, but a feed that joins an article into one paragraph has no such bound:
without this, one lost mark turns every statement after it into the quotation.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import cue_kind
from .layout import Layout
from .quotes import Quote

_SPEAKER_POS = frozenset({"PRON", "PROPN"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_FRONTED_DEPS = frozenset({"ccomp", "parataxis"})
# The speaker's own voice: a sentence with any of these is still the quotation ("They told us ...").
_FIRST_SECOND_PERSON = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself"}
)


def _attribution_comma(cue: Token) -> Token | None:
    """The comma before `, she said` or `, said Smith`, when `cue` sits in that shape."""
    doc = cue.doc
    i = cue.i
    if i >= 2 and doc[i - 1].pos_ in _SPEAKER_POS and doc[i - 1].dep_ == "nsubj" and doc[i - 2].text == ",":
        return doc[i - 2]
    if i >= 1 and i + 1 < len(doc) and doc[i - 1].text == "," and doc[i + 1].pos_ == "PROPN":
        return doc[i - 1]
    return None


def _reports_in_third_person(sent: Span) -> bool:
    """ "X said the depot would open.": a sentence whose verb reports a clause (or a speech act) of a subject
    that is neither the speaker nor the audience, with no "I", "we" or "you" anywhere in it. Words set
    before the verb (`B, she said`) are the quotation's, and the comma repair closes it there."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
    return (
        cue_kind(root) == "speech"
        and subject is not None
        and subject.i < root.i
        and not any(c.dep_ in _FRONTED_DEPS and c.i < root.i for c in root.children)
        and not any(t.lower_ in _FIRST_SECOND_PERSON for t in sent)
    )


def _before_narrative(layout: Layout, start: int, end: int) -> int | None:
    """Where the quotation part `start`..`end` ends before a sentence in the reporter's voice, if one opens
    in it after its first sentence."""
    doc, text = layout.doc, layout.text
    i = layout.token_index_at(start)
    if i >= len(doc):
        return None
    sent = doc[i].sent
    while sent.end < len(doc) and doc[sent.end].idx < end:
        sent = doc[sent.end].sent
        if sent.start_char > start and _reports_in_third_person(sent):
            stop = sent.start_char
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            return stop
    return None


def close_at_attribution(layout: Layout, quote: Quote) -> Quote:
    """`quote` itself, or, when unbalanced, the quotation before its inline attribution (closed there) or
    before the reporter's next sentence (left unbalanced: nothing attributes it there)."""
    if quote.balanced:
        return quote
    doc = layout.doc
    kept: list[tuple[int, int]] = []
    for start, end in quote.parts:
        i = layout.token_index_at(start)
        breaks = tuple(b for b in quote.breaks if b[1] <= start)
        stop = _before_narrative(layout, start, end)
        while i < len(doc) and doc[i].idx < (end if stop is None else stop):
            comma = _attribution_comma(doc[i]) if cue_kind(doc[i]) == "speech" else None
            if comma is not None and comma.idx > start:
                return Quote((*kept, (start, comma.idx + 1)), quote.open_mark, comma.idx + 1, True, breaks)
            i += 1
        if stop is not None:
            return Quote((*kept, (start, stop)), quote.open_mark, stop, False, breaks)
        kept.append((start, end))
    return quote
