"""The enrichment process freezes what it has loaded out of the garbage collector's full passes, once."""

from __future__ import annotations

import gc
import weakref

from streams.enrich import pipeline
from streams.enrich.speedups import settled_heap
from streams.enrich.speedups.settled_heap import freeze_survivors, settle_heap


class _Node:
    """A plain object the collector tracks."""


def test_survivors_leave_the_collected_generations() -> None:
    kept = _Node()
    freeze_survivors()
    assert gc.get_freeze_count() > 0
    assert all(o is not kept for o in gc.get_objects())


def test_garbage_is_collected_not_frozen() -> None:
    cycle = _Node()
    cycle.itself = cycle  # freed only by the collector, never by reference counting
    alive = weakref.ref(cycle)
    del cycle
    freeze_survivors()
    assert alive() is None


def test_objects_made_afterwards_are_still_collected() -> None:
    freeze_survivors()
    later = _Node()
    assert any(o is later for o in gc.get_objects())


def test_the_heap_is_settled_once_per_process(monkeypatch) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(settled_heap, "_settled", False)
    monkeypatch.setattr(settled_heap, "freeze_survivors", lambda: calls.append(True))
    settle_heap()
    settle_heap()
    assert calls == [True]


def test_what_a_later_settling_would_have_frozen_stays_collectable(monkeypatch) -> None:
    monkeypatch.setattr(settled_heap, "_settled", True)
    held = _Node()
    held.itself = held
    settle_heap()  # a second Enricher's start
    assert any(o is held for o in gc.get_objects())


def test_an_enricher_settles_the_heap_once_loaded(nlp, monkeypatch) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(pipeline, "settle_heap", lambda: calls.append(True))
    pipeline.Enricher(nlp, cache=None)
    assert calls == [True]
