"""Facts about a parse computed once per doc and shared by every call that scores part of it.

The pipeline scores an article and then each of its statements separately, and every one of
those calls needs the same whole-document facts (where the sentences are, which words depend on
which). Recomputing them per call made scoring quadratic in the article's length: a 200,000
character article with hundreds of quotes spent over a minute here. A parse is not edited once
the extractors read it, so the facts can be kept for as long as the doc lives.

Values are held against a weak reference to the doc, so a cache never keeps a parse alive; they
must therefore not hold tokens or spans (which refer back to their doc), only plain values.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar
from weakref import WeakKeyDictionary, ref

from spacy.tokens import Doc

T = TypeVar("T")


def per_doc(build: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """Memoise `build` for each live doc; rebuilt if the doc's length changed (a retokenised doc)."""
    cache: WeakKeyDictionary[Doc, tuple[int, T]] = WeakKeyDictionary()
    # The latest doc's entry, by a weak reference: calls come in runs on one doc (the scorer asks a word's
    # dependents thousands of times an article), and a dictionary lookup makes a new reference each time.
    latest: list[tuple[ref[Doc], int, T]] = []

    @wraps(build)
    def cached(doc: Doc) -> T:
        if latest:
            last = latest[-1]  # one tuple, read whole: another thread may replace it meanwhile
            if last[0]() is doc and last[1] == len(doc):
                return last[2]
        entry = cache.get(doc)
        if entry is None or entry[0] != len(doc):
            # Two threads may both build on a miss; they compute the same value, so either may win.
            entry = cache[doc] = (len(doc), build(doc))
        latest[:] = [(ref(doc), entry[0], entry[1])]
        return entry[1]

    return cached
