"""Reports that carry a quotation inside their content: the report still stands as a statement.

Wire copy often reports a claim and quotes only part of the sentence (`said the ruling brings relief
and "removes the threat ..."`, `said the rules limit changes, modify "core terms" and permit ...`). The
quotation is a statement of its own, and so is the reported claim around it. Where the quotation only
completes the reported clause (`said the plan was "a disaster"`, `said options are explored "to avoid
closure"`), the quotation is the statement and the report is its frame; one the clause runs on past
(`said the deal held despite a "small dip" in sales over the spring`) leaves the report standing too.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .found import Found
from .layout import Layout

MIN_WORDS = 4  # unquoted words the claim before the quotation needs
MIN_RUN_ON = 2  # common content words after the quotation that show the clause runs on past it
_PREDICATES = frozenset({"VERB", "AUX"})
_JOINING = frozenset({"CCONJ", "SCONJ", "PUNCT"})  # `A, and "B"`, `A, but that "B"`: dropped from the cut


def report_around_quotes(layout: Layout, found: Found, quotes: list[tuple[int, int]]) -> Found | None:
    """The report kept beside the quotations `(open mark, close end)` inside its content, or None.

    Kept when its content stands apart from (and after) the cue that also introduces a quotation; kept
    whole when unquoted predicates continue the clause after its quotations; cut before a closing
    quotation that is a clause or predicate coordinated with the reported one.
    """
    if len(found.parts) != 1:
        return None
    start, end = found.parts[0]
    content = _span(layout, start, end)
    if content is None or found.cue is None or content[0].sent.start != found.cue.sent.start:
        return None  # a report read across a lost closing mark: not the cue's own sentence
    inside = [(o, c) for o, c in quotes if o < end and c > start]
    if not inside:
        return found if found.cue.idx < start else None
    first_open, last_close = inside[0][0], inside[-1][1]
    before = _span(layout, start, first_open)
    if before is None or len(before) < MIN_WORDS or not _has_predicate(before):
        return None
    after = _span(layout, last_close, end)
    if after is not None and (_has_predicate(after) or _content_words(after) >= MIN_RUN_ON):
        return found  # the clause goes on past its quotations: they do not complete it
    quoted = _span(layout, first_open + 1, inside[0][1] - 1)
    root = _attached(quoted) if quoted is not None else None
    if root is None or root.dep_ != "conj" or not before.start <= root.head.i < before.end:
        return None
    last = next(t for t in reversed(before) if t.pos_ not in _JOINING)
    return replace(found, parts=[(start, last.idx + len(last.text))])


def _span(layout: Layout, start: int, end: int) -> Span | None:
    return layout.doc.char_span(start, end, alignment_mode="contract") if end > start else None


def _attached(quoted: Span) -> Token | None:
    """The quoted word the parse hangs outside the quotation (a closing full stop may hang on the cue)."""
    return next((t for t in quoted if not t.is_punct and not quoted.start <= t.head.i < quoted.end), None)


def _content_words(span: Span) -> int:
    """Common content words: a trailing place or date ("in Lower Vale", "on Sunday") counts for nothing."""
    return sum(1 for t in span if t.is_alpha and not t.is_stop and t.pos_ != "PROPN")


def _has_predicate(span: Span) -> bool:
    return any(t.pos_ in _PREDICATES for t in span)
