"""The orphaned-partition decision: act on a backlog nobody moves, never on a legitimately idle worker."""

from __future__ import annotations

import asyncio
import gc
import itertools
from types import SimpleNamespace

import pytest
from aiokafka.errors import KafkaError
from hypothesis import given
from hypothesis import strategies as st

from streams.broker.embedded import free_port
from streams.pipeline.assignment_watch import AssignmentWatch, OrphanWatch, PartitionOffsets, fetch_state

GRACE = 60.0


def offsets(committed: dict[int, int | None], end: int = 20, start: int = 0) -> dict[int, PartitionOffsets]:
    return {p: PartitionOffsets(start, end, c) for p, c in committed.items()}


def test_a_backlog_nobody_moves_triggers_one_rejoin_after_the_grace_period():
    watch = OrphanWatch(grace=GRACE)
    stuck = offsets({0: 5, 1: 5, 2: None, 3: 7})
    assert not watch.check(0.0, set(), stuck, rebalancing=False).rejoin
    assert not watch.check(GRACE - 1, set(), stuck, rebalancing=False).rejoin
    verdict = watch.check(GRACE, set(), stuck, rebalancing=False)
    assert verdict.rejoin
    assert verdict.stalled == (0, 1, 2, 3)


def test_partitions_another_worker_consumes_are_left_alone():
    """Five workers, four partitions: this one owns none, the others commit as they go."""
    watch = OrphanWatch(grace=GRACE)
    for step in range(20):
        moving = offsets({p: step for p in range(4)}, end=100)
        assert not watch.check(step * 10.0, set(), moving, rebalancing=False).rejoin


def test_no_backlog_means_nothing_to_rescue():
    watch = OrphanWatch(grace=GRACE)
    caught_up = offsets({0: 20, 1: 20, 2: None, 3: 20}, end=20, start=20)
    for t in range(0, 600, 10):
        assert watch.check(float(t), set(), caught_up, rebalancing=False).stalled == ()


def test_owned_partitions_with_an_article_in_flight_are_left_alone():
    """A slow article holds its partition's commit; the worker is busy, not stalled."""
    watch = OrphanWatch(grace=GRACE)
    stuck = offsets({0: 1, 1: 1, 2: 1, 3: 1})
    for t in range(0, 600, 10):
        assert not watch.check(float(t), {0, 1, 2, 3}, stuck, rebalancing=False, idle=False).rejoin


def test_owned_partitions_waiting_while_nothing_is_in_flight_trigger_a_rejoin():
    """The worker holds all partitions, has nothing in flight, and its backlog does not move."""
    watch = OrphanWatch(grace=GRACE)
    stuck = offsets({0: 1, 1: None, 2: 1, 3: 1})
    watch.check(0.0, {0, 1, 2, 3}, stuck, rebalancing=False, idle=True)
    verdict = watch.check(GRACE, {0, 1, 2, 3}, stuck, rebalancing=False, idle=True)
    assert verdict.rejoin and verdict.stalled == (0, 1, 2, 3)


def test_only_the_unowned_stuck_partitions_count():
    """The survivor kept its own two partitions; the dead member's two wait for nobody."""
    watch = OrphanWatch(grace=GRACE)
    views = offsets({0: 3, 1: 3, 2: 9, 3: 9})
    watch.check(0.0, {2, 3}, views, rebalancing=False)
    assert watch.check(GRACE, {2, 3}, views, rebalancing=False).stalled == (0, 1)


def test_a_rebalance_restarts_the_clock():
    watch = OrphanWatch(grace=GRACE)
    stuck = offsets({0: 5})
    watch.check(0.0, set(), stuck, rebalancing=False)
    watch.check(GRACE - 5, set(), stuck, rebalancing=True)
    assert not watch.check(GRACE + 5, set(), stuck, rebalancing=False).rejoin
    assert watch.check(2 * GRACE + 5, set(), stuck, rebalancing=False).rejoin


def test_progress_restarts_the_clock():
    watch = OrphanWatch(grace=GRACE)
    watch.check(0.0, set(), offsets({0: 5}), rebalancing=False)
    assert not watch.check(GRACE, set(), offsets({0: 6}), rebalancing=False).rejoin
    assert watch.check(2 * GRACE, set(), offsets({0: 6}), rebalancing=False).rejoin


def test_rejoins_back_off_while_a_live_owner_stays_stuck():
    """An owner that heartbeats but never commits keeps its partition across re-joins: no rebalance loop."""
    watch = OrphanWatch(grace=GRACE, max_backoff=8 * GRACE)
    stuck = offsets({0: 5})
    rejoins = [t for t in range(0, 3600, 10) if watch.check(float(t), set(), stuck, rebalancing=False).rejoin]
    gaps = [b - a for a, b in itertools.pairwise(rejoins)]
    assert len(rejoins) >= 3
    assert gaps == sorted(gaps)  # never more often than before
    assert max(gaps) <= 8 * GRACE + GRACE  # capped


def test_the_backoff_resets_once_the_group_is_healthy():
    watch = OrphanWatch(grace=GRACE)
    watch.check(0.0, set(), offsets({0: 5}), rebalancing=False)
    assert watch.check(GRACE, set(), offsets({0: 5}), rebalancing=False).rejoin
    watch.check(GRACE + 10, set(), offsets({0: 20}), rebalancing=False)  # consumed up to the end: healthy
    watch.check(GRACE + 20, set(), offsets({0: 20}, end=30), rebalancing=False)  # a new incident
    assert watch.check(2 * GRACE + 20, set(), offsets({0: 20}, end=30), rebalancing=False).rejoin
    assert watch.backoff == 2 * GRACE  # doubled from the grace period, not from the first incident's backoff


def test_the_embedded_brokers_low_end_offset_never_invents_a_backlog():
    """Its ListOffsets answers the start of the last batch + 1: at most the true end, so caught up stays caught up."""
    assert not PartitionOffsets(start=0, end=12, committed=12).backlog
    assert PartitionOffsets(start=0, end=12, committed=11).backlog
    assert PartitionOffsets(start=0, end=3, committed=None).backlog
    assert not PartitionOffsets(start=3, end=3, committed=None).backlog


@given(st.lists(st.tuples(st.sets(st.integers(0, 3)), st.booleans(), st.booleans()), min_size=1, max_size=60))
def test_a_group_that_keeps_committing_is_never_rebalanced(steps):
    """Whatever this worker owns, whether it is idle and however often the group rebalances:
    progress everywhere means no re-join."""
    watch = OrphanWatch(grace=GRACE)
    for i, (owned, rebalancing, idle) in enumerate(steps):
        views = offsets({p: i for p in range(4)}, end=1000)
        assert not watch.check(i * 10.0, owned, views, rebalancing, idle).rejoin


def test_a_reader_that_cannot_start_is_closed_not_left_to_the_garbage_collector():
    """During a broker outage every check failed to start its reader and left it half-open:
    aiokafka then logged `Unclosed AIOKafkaConsumer` every 10 s."""
    reports: list[str] = []

    async def check_twice() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda loop, context: reports.append(context["message"]))
        watch = AssignmentWatch("articles.raw", 4, bootstrap=f"127.0.0.1:{free_port()}")
        for _ in range(2):
            with pytest.raises(KafkaError):
                await watch._reader()
            gc.collect()
        assert watch.reader is None

    asyncio.run(check_twice())
    assert not [r for r in reports if "Unclosed" in r]


def _consumer_with(paused_in_client: object) -> object:
    """The parts of a Faust consumer `fetch_state` reads: partition 0 of the raw topic active, 2 paused by Faust,
    3 buffered, partition 1 of another topic everywhere (never reported)."""
    raw, other = "t.articles.raw", "t.events.meetings"
    return SimpleNamespace(
        consumer=SimpleNamespace(
            _active_partitions={(raw, 0), (other, 1)},
            _paused_partitions={(raw, 2), (other, 1)},
            _buffered_partitions={(raw, 3)},
            _read_offset={(raw, 0): 41, (other, 1): 7},
            _thread=SimpleNamespace(_ensure_consumer=paused_in_client),
        )
    )


def test_the_consumer_state_of_stalled_partitions_names_only_those_partitions():
    positions = {("t.articles.raw", 0): SimpleNamespace(_position=44, highwater=44),
                 ("t.articles.raw", 2): SimpleNamespace(_position=5, highwater=30),
                 ("t.events.meetings", 1): SimpleNamespace(_position=9, highwater=9)}
    client = SimpleNamespace(
        paused=lambda: {("t.articles.raw", 2), ("t.events.meetings", 1)},
        _subscription=SimpleNamespace(subscription=SimpleNamespace(assignment=SimpleNamespace(
            state_value=positions.get))),
        _fetcher=SimpleNamespace(_records={("t.articles.raw", 2): object(), ("t.events.meetings", 1): object()}))
    state = fetch_state(_consumer_with(lambda: client), "t.articles.raw", (0, 2, 3))
    assert state == ("faust active [0], paused [2], buffered [3], last delivered {0: 41}; "
                     "aiokafka paused [2], position/highwater {0: (44, 44), 2: (5, 30), 3: None}, "
                     "holding fetched records of [2]")


def test_the_consumer_state_says_when_the_client_cannot_be_read():
    def gone() -> object:
        raise RuntimeError("consumer thread stopped")

    state = fetch_state(_consumer_with(gone), "t.articles.raw", (0,))
    assert state == "unavailable: RuntimeError('consumer thread stopped')"
