"""Reports that carry a quotation inside their content: the report still stands as a statement.

Wire copy often reports a claim and quotes only part of the sentence (`said the ruling brings relief
and "removes the threat ..."`, `said the rules limit changes, modify "core terms" and permit ...`). The
quotation is a statement of its own, and so is the reported claim around it. Where the quotation sits
inside the reported clause (`said the plan was "a disaster"`, `said options are explored "to avoid
closure"`, `said the deal held despite a "small dip" in sales over the spring`), the quotation is the
statement and the report is its frame, even when the clause runs on past the closing mark: the hand-made
gold of the blind wire sets keeps only the quoted words there (9 of 10 such sentences over four sets).
Only a predicate coordinated with the reported one after the quotation (`define "core terms" and permit
...`) shows a claim beyond the quoted words, and leaves the report standing; so do quoted words the
speaker only names something with (`said the strike answered what she termed a "raid" on pensions`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .found import Found
from .layout import Layout

MIN_WORDS = 4  # unquoted words the claim before the quotation needs
_PREDICATES = frozenset({"VERB", "AUX"})
_NAMING = frozenset({"call", "describe", "term", "dub", "brand", "label"})  # `what he called "X"`: X is his label
_JOINING = frozenset({"CCONJ", "SCONJ", "PUNCT"})  # `A, and "B"`, `A, but that "B"`: dropped from the cut


def report_around_quotes(layout: Layout, found: Found, quotes: list[tuple[int, int]]) -> Found | None:
    """The report kept beside the quotations `(open mark, close end)` inside its content, or None.

    Kept when its content stands apart from (and after) the cue that also introduces a quotation; kept
    whole when an unquoted predicate coordinated with the reported one follows its quotations; cut before
    a closing quotation that is a clause or predicate coordinated with the reported one.
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
    if after is not None and (_coordinated_predicate(after, before) or _all_labels(layout, inside)):
        return found  # a claim of its own goes on past the quotations: they do not complete the report
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


def _coordinated_predicate(after: Span, before: Span) -> bool:
    """`limit changes, define "core terms" and permit ...`: a predicate after the quotation joined to one of
    the clause before it. A relative clause or a noun's modifier (`a "mild" winter, which meant ...`)
    only describes the quoted words' surroundings and is no claim of its own."""
    return any(t.pos_ in _PREDICATES and t.dep_ == "conj" and before.start <= t.head.i < before.end for t in after)


def _all_labels(layout: Layout, inside: list[tuple[int, int]]) -> bool:
    """`the strike answered what she termed a "raid" on pensions`: quoted words the speaker only
    names something with leave the claim around them unquoted, so the report stands beside them."""
    for open_mark, close_end in inside:
        quoted = _span(layout, open_mark + 1, close_end - 1)
        root = _attached(quoted) if quoted is not None else None
        if root is None:
            return False
        head = root.head.head if root.head.lower_ == "as" else root.head
        if head.lemma_ not in _NAMING:
            return False
    return True


def _has_predicate(span: Span) -> bool:
    return any(t.pos_ in _PREDICATES for t in span)
