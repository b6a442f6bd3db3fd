"""The gate in front of an agent: a gap over offsets that hold no record is stepped over; a gap over records
that never arrived is counted and sought back, and what comes after waits. Stand-ins for the broker: a
probe that answers where the log's next record is, and a consumer that records the seeks it is asked for."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from aiokafka.errors import KafkaConnectionError
from faust.types import TP

from streams.monitoring import metrics
from streams.pipeline.offset_gate import STALL_AFTER, OffsetGate
from streams.pipeline.offset_ledger import OffsetLedger

TOPIC = "t.articles.raw"


class Probe:
    def __init__(self, first: int | None = None, fails: bool = False) -> None:
        self.first, self.fails, self.asked = first, fails, []

    async def first_offset(self, topic: str, partition: int, offset: int) -> int | None:
        self.asked.append((partition, offset))
        if self.fails:
            raise KafkaConnectionError("down")
        return self.first


class Consumer:
    def __init__(self, positions: dict[int, int] | None = None) -> None:
        self.repairs: list[tuple[int, int]] = []
        self.positions = positions or {}

    async def position(self, tp: TP) -> int | None:
        return self.positions.get(tp.partition)

    def assignment(self) -> set[TP]:
        return {TP(TOPIC, p) for p in range(4)}

    async def repair(self, tp: TP, offset: int) -> None:
        self.repairs.append((tp.partition, offset))


def events(*places: tuple[int, int]) -> list:
    return [SimpleNamespace(message=SimpleNamespace(partition=p, offset=o)) for p, o in places]


def gate(probe: Probe, committed: dict[int, int | None],
         positions: dict[int, int] | None = None) -> tuple[OffsetGate, Consumer]:
    consumer = Consumer(positions)
    ledger = OffsetLedger()
    ledger.reset(committed)
    return OffsetGate(SimpleNamespace(consumer=consumer, rebalancing=False), TOPIC, ledger, probe), consumer


def offsets(admitted: list) -> list[tuple[int, int]]:
    return [(e.message.partition, e.message.offset) for e in admitted]


def gaps() -> float:
    return metrics.OFFSET_GAPS.labels(TOPIC)._value.get()


def test_records_that_never_arrived_are_sought_back_and_later_ones_wait():
    the_gate, consumer = gate(Probe(first=6), {2: 4})
    before = gaps()
    admitted = asyncio.run(the_gate.admit(events((2, 4), (2, 5), (2, 33), (2, 34))))
    assert offsets(admitted) == [(2, 4), (2, 5)]
    assert consumer.repairs == [(2, 6)]  # one seek; 34 waits for it
    assert gaps() == before + 1
    the_gate.settled(admitted)
    assert the_gate.ledger.commit_point(2) == 6


def test_offsets_without_records_are_stepped_over():
    the_gate, consumer = gate(Probe(first=40), {0: None})
    admitted = asyncio.run(the_gate.admit(events((0, 40), (0, 41))))
    assert offsets(admitted) == [(0, 40), (0, 41)]
    assert consumer.repairs == []
    the_gate.settled(admitted)
    assert the_gate.ledger.commit_point(0) == 42


def test_when_the_log_cannot_be_read_the_gate_seeks_back_rather_than_guess():
    the_gate, consumer = gate(Probe(fails=True), {3: 10})
    admitted = asyncio.run(the_gate.admit(events((3, 12))))
    assert admitted == []
    assert consumer.repairs == [(3, 10)]
    assert the_gate.ledger.commit_point(3) == 10


def test_an_idle_agent_behind_its_consumers_position_seeks_back_to_what_it_never_received():
    the_gate, consumer = gate(Probe(first=7), {0: 7, 1: 3}, positions={0: 12, 1: 3})
    asyncio.run(the_gate.watch())
    assert consumer.repairs == []  # it has not been idle long enough yet
    the_gate.last_activity -= STALL_AFTER
    asyncio.run(the_gate.watch())
    assert consumer.repairs == [(0, 7)]  # partition 1 received everything fetched
    asyncio.run(the_gate.watch())
    assert consumer.repairs == [(0, 7)]  # a seek is under way: not asked twice


def test_an_agent_busy_with_a_slow_article_is_not_taken_for_stalled():
    the_gate, consumer = gate(Probe(first=7), {0: 7}, positions={0: 12})
    admitted = asyncio.run(the_gate.admit(events((0, 7))))
    the_gate.last_activity -= 10 * STALL_AFTER
    asyncio.run(the_gate.watch())
    assert consumer.repairs == []
    the_gate.settled(admitted)
    assert the_gate.in_flight == 0


def test_an_idle_agent_that_received_nothing_of_a_never_committed_partition_seeks_back_to_the_log_start():
    # The group never committed on partitions 0 and 1: the ledger expects nothing yet. The consumer fetched
    # partition 0 to 23 and the agent received none of it; partition 1 was fetched by nobody yet.
    the_gate, consumer = gate(Probe(first=0), {0: None, 1: None}, positions={0: 23, 1: 0})
    the_gate.last_activity -= STALL_AFTER
    before = gaps()
    asyncio.run(the_gate.watch())
    assert consumer.repairs == [(0, 0)]
    assert gaps() == before + 1
    assert the_gate.ledger.expected(0) == 0


def test_a_never_committed_partition_whose_log_starts_at_the_position_is_not_sought_back():
    # Retention removed offsets 0..39: the consumer starts at 40 and nothing is owed below it.
    the_gate, consumer = gate(Probe(first=40), {0: None}, positions={0: 40})
    the_gate.last_activity -= STALL_AFTER
    asyncio.run(the_gate.watch())
    assert consumer.repairs == []
    assert the_gate.ledger.expected(0) == 40
