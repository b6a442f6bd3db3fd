"""The enrichment process freezes what it has loaded out of the garbage collector's full passes."""

from __future__ import annotations

import gc
import weakref

from streams.enrich import pipeline
from streams.enrich.speedups.settled_heap import settle_heap


class _Node:
    """A plain object the collector tracks."""


def test_survivors_leave_the_collected_generations() -> None:
    kept = _Node()
    settle_heap()
    assert gc.get_freeze_count() > 0
    assert all(o is not kept for o in gc.get_objects())


def test_garbage_is_collected_not_frozen() -> None:
    cycle = _Node()
    cycle.itself = cycle  # freed only by the collector, never by reference counting
    alive = weakref.ref(cycle)
    del cycle
    settle_heap()
    assert alive() is None


def test_objects_made_afterwards_are_still_collected() -> None:
    settle_heap()
    later = _Node()
    assert any(o is later for o in gc.get_objects())


def test_an_enricher_settles_the_heap_once_loaded(nlp, monkeypatch) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(pipeline, "settle_heap", lambda: calls.append(True))
    pipeline.Enricher(nlp, cache=None)
    assert calls == [True]
