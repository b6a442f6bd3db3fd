"""Sentence scores kept for reuse: an updated or syndicated article pays only for its new sentences.

The paragraph parse cache (`streams.enrich.speedups.parse_cache`) restores an unchanged paragraph's parse,
but the extractors still ran on every sentence of it. A sentence part's score depends on nothing
but the annotations of the tokens `score_part` can reach from it (its own words, and the words
its dependency arcs lead to) and on the lexicon, so it can be served wherever the same annotated
text comes back.

What a key covers: the paragraph around the sentence, widened to the smallest token range no
dependency arc crosses (e.g. the blank-line token the parser hangs on a paragraph's last word),
with every attribute the scorer reads (`KEY_ATTRS`; heads as offsets, so the range may stand
anywhere in the doc), and the part's offsets in that range and its flags. A key is a 128-bit
BLAKE2b digest of those bytes. So scores are reused exactly where paragraphs are (an update's
unchanged paragraphs, a syndicated copy's): a sentence that recurs inside new text is scored
again, which keeps "new text costs what it costs" true. The scored words' token indices are
stored relative to the range and moved back on reuse.

One memo per lexicon object: a lexicon built anew (another data file, a test's own) starts with
an empty memo, so a score made with one lexicon is never served for another. The lexicon is
not expected to change in place once built (`news_lexicon()` is read-only by contract).
Bounded by entries (least recently used out first); values are plain `PartScore`s, never tokens.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_LOWER, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.tokens import Doc

from streams.enrich.doc_cache import per_doc
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.part_score import PartScore

# What `score_part` and its helpers read of a token: words (`lower_`, `is_alpha`, `is_lower`;
# ORTH for good measure), lemma, coarse tag, relation, head, entity type and `is_sent_start`.
KEY_ATTRS = [ORTH, LOWER, LEMMA, POS, DEP, HEAD, ENT_TYPE, SENT_START, IS_ALPHA, IS_LOWER]
# ~550 bytes per entry with two scored words (key, score, LRU links; tracemalloc): ~17 MB when full,
# the sentence parts of ~600 articles (~50 parts each, statements included).
MAX_ENTRIES = 32_768


@per_doc
def _annotations(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """The doc's `KEY_ATTRS` by token, and for each boundary b (before token b) how many arcs cross it."""
    rows = doc.to_array(KEY_ATTRS)
    offsets = doc.to_array(HEAD).astype(np.int64)  # stored unsigned
    tokens = np.arange(len(doc), dtype=np.int64)
    heads = tokens + offsets
    lo, hi = np.minimum(tokens, heads), np.maximum(tokens, heads)
    arcs = lo < hi
    crossing = np.zeros(len(doc) + 2, dtype=np.int64)
    np.add.at(crossing, lo[arcs] + 1, 1)
    np.add.at(crossing, hi[arcs] + 1, -1)
    return rows, np.cumsum(crossing)[: len(doc) + 1]


def closed_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The smallest range holding tokens start..end-1 that no dependency arc enters or leaves."""
    _, crossing = _annotations(doc)
    while crossing[start]:
        start -= 1
    while crossing[end]:
        end += 1
    return start, end


def sentence_digest(doc: Doc, start: int, end: int) -> bytes:
    """A digest of the annotations of tokens start..end-1 (a closed range), wherever they stand."""
    rows, _ = _annotations(doc)
    return hashlib.blake2b(rows[start:end].tobytes(), digest_size=16).digest()


class PartMemo:
    """An LRU of sentence-part scores made with one lexicon."""

    def __init__(self, lexicon: NewsLexicon, max_entries: int = MAX_ENTRIES) -> None:
        self.lexicon = lexicon
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple, PartScore] = OrderedDict()
        self._lock = threading.Lock()  # `Enricher.enrich` may be called from several threads
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def score(self, key: tuple, base: int, compute: Callable[[], PartScore]) -> PartScore:
        """The score stored under `key` with its words moved to start at token `base`, or
        `compute()`'s (stored with its words relative to `base`)."""
        with self._lock:
            stored = self._entries.get(key)
            if stored is not None:
                self._entries.move_to_end(key)
                self.hits += 1
            else:
                self.misses += 1
        if stored is not None:
            return _moved(stored, base) if stored.words else stored
        part = compute()
        relative = _moved(part, -base) if part.words else part
        with self._lock:
            self._entries[key] = relative
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return part


def _moved(part: PartScore, by: int) -> PartScore:
    return replace(part, words=tuple((i + by, v) for i, v in part.words))


_current: PartMemo | None = None


def memo_for(lexicon: NewsLexicon) -> PartMemo:
    """The process's memo for `lexicon`; another lexicon replaces it with an empty one.

    A thread still holding the old memo only ever stores into it scores made with its lexicon.
    """
    global _current
    memo = _current
    if memo is None or memo.lexicon is not lexicon:
        memo = _current = PartMemo(lexicon)
    return memo
