"""Lets through to the agent only records that follow, per partition, the last one it received; on a gap,
finds out whether records are missing and seeks the worker's consumer back to the first missing one.

Why and the bookkeeping: `streams.pipeline.offset_ledger`. A gap is not always a loss: the log may
legitimately have no record at some offsets (its start moved with retention, compaction, transaction
markers of a transactional publisher). So before seeking, a reader outside the group fetches from the
first missing offset: if the first record it finds is the one that arrived, nothing is missing;
otherwise the gap is counted (`newswire_offset_gaps_total`), logged, and the consumer seeks back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Sequence

import faust
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from streams.config import Settings
from streams.monitoring import metrics
from streams.pipeline.ledger_consumer import commit_ledgers
from streams.pipeline.offset_ledger import Admission, OffsetLedger

log = logging.getLogger(__name__)

PROBE_WAIT_MS = 2000
# An agent that has received nothing for this long while its consumer fetched beyond what it received lost
# those records on the way (nothing else holds them: an idle agent takes whatever its stream has queued).
STALL_AFTER = 10.0


class LogProbe:
    """Reads the first record at or after an offset, with a consumer that joins no group."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.reader: AIOKafkaConsumer | None = None

    async def first_offset(self, topic: str, partition: int, offset: int) -> int | None:
        """The offset of the first record at or after `offset`; None if none was read within the wait."""
        if self.reader is None:
            reader = AIOKafkaConsumer(bootstrap_servers=self.settings.bootstrap, group_id=None,
                                      enable_auto_commit=False, auto_offset_reset="earliest",
                                      max_partition_fetch_bytes=64 * 1024, **self.settings.security.aiokafka_kwargs())
            await reader.start()
            self.reader = reader
        tp = TopicPartition(topic, partition)
        self.reader.assign([tp])
        self.reader.seek(tp, offset)
        records = await self.reader.getmany(tp, timeout_ms=PROBE_WAIT_MS, max_records=1)
        found = records.get(tp)
        return found[0].offset if found else None

    async def stop(self) -> None:
        reader, self.reader = self.reader, None
        if reader is not None:
            await reader.stop()


class OffsetGate:
    """One topic's gate; `admit` before the agent handles a batch, `settled` after."""

    def __init__(self, app: faust.App, topic: str, ledger: OffsetLedger, probe: LogProbe) -> None:
        self.app = app
        self.topic = topic
        self.ledger = ledger
        self.probe = probe
        self.in_flight = 0
        self.last_activity = time.monotonic()
        metrics.OFFSET_GAPS.labels(topic)  # 0 from the start, so a rate over it exists

    async def admit(self, events: Sequence[faust.types.EventT]) -> list[faust.types.EventT]:
        """The events the agent may handle now, in order; the others will be delivered again."""
        admitted = []
        for event in events:
            partition, offset = event.message.partition, event.message.offset
            verdict = self.ledger.admit(partition, offset, time.monotonic())
            if verdict is Admission.GAP:
                verdict = await self._on_gap(partition, offset)
            if verdict is Admission.TAKE:
                admitted.append(event)
        self.in_flight += len(admitted)
        self.last_activity = time.monotonic()
        return admitted

    def settled(self, events: Sequence[faust.types.EventT], done: bool = True) -> None:
        """The agent is through with these events; `done=False`: it failed on them (they stay unsettled)."""
        if done:
            for event in events:
                self.ledger.settled(event.message.partition, event.message.offset)
        self.in_flight -= len(events)
        self.last_activity = time.monotonic()

    async def watch(self) -> None:
        """The other way records get lost: fetched, dropped, and nothing after them arrives to show the gap.

        Runs every few seconds; acts only when the agent is idle and has been for `STALL_AFTER`. A partition
        the group never committed on (nothing expected yet) is owed everything from the log's start: its
        records can be fetched and dropped too, and nothing else would notice (the 4 Dec kill-burst stall).
        """
        if self.in_flight or self.app.rebalancing or time.monotonic() - self.last_activity < STALL_AFTER:
            return
        for tp in self.app.consumer.assignment():
            if tp.topic != self.topic:
                continue
            expected = self.ledger.expected(tp.partition) or 0
            try:
                position = await self.app.consumer.position(tp)
            except (KafkaError, AssertionError):  # revoked meanwhile
                continue
            if position is not None and position > expected and not self.ledger.seeking(tp.partition,
                                                                                          time.monotonic()):
                await self._on_gap(tp.partition, position, fetched=True)

    async def _on_gap(self, partition: int, offset: int, fetched: bool = False) -> Admission:
        """Steps over offsets that hold no record; seeks back to the first record that never arrived.

        `offset` arrived at the agent, or, if `fetched`, is the consumer's fetch position (nothing arrived).
        """
        expected = self.ledger.expected(partition) or 0
        try:
            first = await self.probe.first_offset(self.topic, partition, expected)
        except (KafkaError, OSError, TimeoutError) as exc:  # cannot tell: seek back, which is always safe
            log.debug("offset probe of %s[%d] at %d failed: %s", self.topic, partition, expected, exc)
            first = expected
        if first is None:  # nothing read within the wait, though `offset` exists: cannot tell, seek back
            first = expected
        if first >= offset:  # nothing between: e.g. the log starts here
            self.ledger.skip_to(partition, offset)
            return self.ledger.admit(partition, offset, time.monotonic()) if not fetched else Admission.HOLD
        self.ledger.skip_to(partition, first)
        metrics.OFFSET_GAPS.labels(self.topic).inc()
        seen = f"the consumer fetched up to {offset} and the agent is idle," if fetched else f"offset {offset} arrived"
        log.warning("%s[%d]: %s but %d..%d never arrived (dropped by the Kafka client, typically around a "
                    "rebalance); seeking back to %d, and nothing past it is committed until they are settled",
                    self.topic, partition, seen, first, offset - 1, first)
        self.ledger.sought(partition, time.monotonic())
        tp = next((tp for tp in self.app.consumer.assignment()
                   if tp.topic == self.topic and tp.partition == partition), None)
        if tp is not None:  # else revoked meanwhile: the next owner starts from the committed offset anyway
            try:
                await self.app.consumer.repair(tp, first)  # streams.pipeline.ledger_consumer
            except (KafkaError, AssertionError) as exc:  # revoked between the check and the seek
                log.info("could not seek %s[%d] back (%s); the next assignment starts from the commit",
                         self.topic, partition, exc)
        return Admission.HOLD


_probes: dict[int, LogProbe] = {}


def gate_for(app: faust.App, topic: str, settings: Settings) -> OffsetGate:
    """The gate of an agent's source topic; from then on the topic commits only what that agent settled."""
    probe = _probes.setdefault(id(app), LogProbe(settings))
    ledger = commit_ledgers.setdefault(topic, OffsetLedger())
    return OffsetGate(app, topic, ledger, probe)


async def stop_probes() -> None:
    for probe in _probes.values():
        await probe.stop()


async def gated(gate: OffsetGate, stream: faust.StreamT) -> AsyncIterator[faust.types.EventT]:
    """`stream.events()` through the gate, one event at a time; an event counts as settled when the
    agent asks for the next one (also after `continue`)."""
    async for event in stream.events():
        if await gate.admit([event]):
            done = False
            try:
                yield event
                done = True
            finally:
                gate.settled([event], done)


def watch_gates(app: faust.App, *gates: OffsetGate) -> None:
    """A timer that looks for agents stalled behind records their consumer dropped (`OffsetGate.watch`)."""
    async def watch() -> None:
        for gate in gates:
            await gate.watch()

    app.timer(interval=STALL_AFTER / 2, name=f"watch_gates_{'_'.join(g.topic for g in gates)}")(watch)
