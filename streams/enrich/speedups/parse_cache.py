"""Paragraph parses kept for reuse: updated and syndicated articles pay only for their new text.

A news feed re-sends a story under the same id as it develops (a new top paragraph, a corrected
figure) and the same wire copy under other outlets' ids with another headline and lede. Articles
are parsed paragraph by paragraph (`streams.enrich.nlp`), and a paragraph's parse depends on
nothing but its text and the model, so an unchanged paragraph's parse can be restored instead of
recomputed: the model's parse is ~3/4 of an article's CPU time (docs/performance.md).

Copied, never shared: the cache keeps its own `Doc.copy()` of each paragraph (every token
attribute, entities, sentence starts, the tensor and `user_data`, where extension attributes
live) and hands out a new copy per use, so nothing an extractor does to one article's doc
reaches another's. A copy costs ~15 µs per paragraph; a serialised `Doc.to_bytes()` round trip
cost ~0.8 ms, a tenth of parsing the paragraph, to save ~20 % of the memory.
Keys include the model's name and version, spaCy's version, the pipeline's components and
`PARSE_CODE_VERSION`, so a changed model or parse code can never be served an old parse.

Bounded by memory (`NEWSWIRE_PARSE_CACHE_MB`, least recently used out first; 0 turns it off).
One cache per process: the worker's enrichment child and `newswire enrich` each hold their own.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

CACHE_MB_ENV = "NEWSWIRE_PARSE_CACHE_MB"
# A worker is ~400 MB with its enrichment child (docs/performance.md); 256 MB of parses
# (~28 KB per 40-token paragraph: tensor and token structs) hold ~9,000 paragraphs and keep it under 1 GB.
DEFAULT_CACHE_MB = 256
# Bump when a change to `streams.enrich.nlp` changes what a paragraph parses to.
PARSE_CODE_VERSION = "6"
# Memory of a cached Doc besides its tensor, measured with tracemalloc over 1,430 copied paragraphs:
# 267 bytes per token (spaCy's token structs); rounded up, plus the text and a fixed part for the
# Doc, key and LRU entry.
TOKEN_BYTES = 288
ENTRY_BYTES = 1024


class InvalidCacheSetting(ValueError):
    """`NEWSWIRE_PARSE_CACHE_MB` is not a number of megabytes >= 0."""


def cache_bytes_from_env() -> int:
    """The configured budget in bytes; a value that is not a non-negative number is an error, not a default."""
    raw = os.environ.get(CACHE_MB_ENV, "").strip()
    if not raw:
        return DEFAULT_CACHE_MB * 2**20
    try:
        mb = float(raw)
    except ValueError:
        mb = -1.0
    if mb < 0:
        raise InvalidCacheSetting(f"{CACHE_MB_ENV} must be megabytes >= 0 (0 turns the cache off), not {raw!r}")
    return int(mb * 2**20)


def model_fingerprint(nlp: Language) -> str:
    """What a paragraph's parse depends on besides its text."""
    meta = nlp.meta
    return "|".join((
        f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
        f"spacy {spacy.__version__}",
        ",".join(nlp.pipe_names),
        f"parse {PARSE_CODE_VERSION}",
    ))


@dataclass(frozen=True, slots=True)
class CacheUse:
    """What one article's parse got from the cache: paragraphs reused and parsed, the parse time
    the reused ones had cost when first parsed, and the cache's size afterwards."""

    hits: int
    misses: int
    saved_seconds: float
    cache_bytes: int


@dataclass(frozen=True, slots=True)
class _Entry:
    doc: Doc
    cost: float  # seconds the paragraph's parse took: what a hit saves
    size: int


def doc_bytes(doc: Doc) -> int:
    """What a cached doc holds in memory, estimated from its parts (see `TOKEN_BYTES`)."""
    chars = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # `doc.text` would join every token
    return doc.tensor.nbytes + TOKEN_BYTES * len(doc) + 4 * chars + ENTRY_BYTES


class ParseCache:
    """An LRU of paragraph parses, bounded by the bytes it holds."""

    def __init__(self, nlp: Language, max_bytes: int) -> None:
        self.nlp = nlp
        self.max_bytes = max_bytes
        self._salt = model_fingerprint(nlp).encode()
        self._entries: OrderedDict[bytes, _Entry] = OrderedDict()
        self._lock = threading.Lock()  # `Enricher.enrich` may be called from several threads
        self.bytes = 0

    @classmethod
    def from_env(cls, nlp: Language) -> ParseCache | None:
        budget = cache_bytes_from_env()
        return cls(nlp, budget) if budget > 0 else None

    def __len__(self) -> int:
        return len(self._entries)

    def key(self, text: str) -> bytes:
        return hashlib.blake2b(self._salt + b"\x00" + text.encode("utf-8", "surrogatepass"), digest_size=20).digest()

    def get(self, key: bytes) -> tuple[Doc, float] | None:
        """A copy of the cached parse and what it had cost, or None."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
        return entry.doc.copy(), entry.cost

    def put(self, key: bytes, doc: Doc, cost: float) -> None:
        """Keeps a copy of `doc` (the caller's own may still be changed); the oldest go to make room."""
        size = doc_bytes(doc)
        if size > self.max_bytes:
            return
        entry = _Entry(doc.copy(), cost, size)
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= old.size
            self._entries[key] = entry
            self.bytes += size
            while self.bytes > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self.bytes -= evicted.size
