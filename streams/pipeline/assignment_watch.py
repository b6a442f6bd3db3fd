"""Notices articles.raw partitions that no worker consumes, and makes this worker re-join the group.

Why: on the embedded broker (Tansu 0.6.0) a rebalance after a member died can end with
articles.raw partitions that nobody alive consumes, and no further rebalance follows (see
docs/reliability.md, "Known limits"): the coordinator can hand out an assignment its leader
computed from a member list that still held the dead member, or a stored assignment of an older
list. Seen more often: a worker that owns the partitions after such a rebalance and consumes
nothing, with no article in flight (records fetched around the rebalance that Faust never hands to
the agent). Every worker then looks healthy while articles wait. Real
Kafka rebalances again by itself; this guard does what that next rebalance would have done: it
asks the coordinator for a re-join (Faust then seeks every partition to its committed offset).

What counts as stalled is judged from the group's committed offsets, not from member counts:
a partition with a backlog (log end beyond the committed offset) whose committed offset has not
moved for `grace` seconds, and that is either owned by another member or owned here while this
worker has nothing in flight. A partition another live worker consumes moves (Faust commits every
second), so a worker that is idle legitimately (more workers than partitions) never acts; one busy
with a slow article has it in flight. Re-joins back off (doubling up to `max_backoff`) so a live
but stuck owner cannot make the group rebalance in a loop.

The decision (`OrphanWatch`) is pure; the timer at the bottom feeds it from the broker.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from streams.app import app, names, settings
from streams.monitoring import metrics
from streams.topics import RAW

log = logging.getLogger(__name__)

CHECK_EVERY = 10.0
# An owner may hold one article for a whole enrichment timeout before it commits again.
GRACE = max(60.0, 2 * settings.enrich_timeout)
MAX_BACKOFF = 15 * 60.0
FETCH_WAIT_MS = 1000


@dataclass(frozen=True)
class PartitionOffsets:
    """The group's view of one partition: where its log starts and ends, and what was committed.

    `end` is never beyond the true end (see `read_offsets`), so `end > committed` proves a backlog.
    """

    start: int
    end: int
    committed: int | None  # None: the group never committed on this partition

    @property
    def backlog(self) -> bool:
        position = self.start if self.committed is None else max(self.committed, self.start)
        return self.end > position


@dataclass(frozen=True)
class Verdict:
    stalled: tuple[int, ...]  # partitions whose backlog nobody moved for the grace period
    rejoin: bool


class OrphanWatch:
    """Remembers since when each watched partition's backlog has stood still; decides on a re-join."""

    def __init__(self, grace: float = GRACE, max_backoff: float = MAX_BACKOFF) -> None:
        self.grace = grace
        self.max_backoff = max_backoff
        self.backoff = grace
        self.not_before = 0.0
        self._still_since: dict[int, tuple[int | None, float]] = {}

    def check(self, now: float, owned: Set[int], offsets: Mapping[int, PartitionOffsets],
              rebalancing: bool, idle: bool = False) -> Verdict:
        """`owned`: partitions assigned here; `idle`: nothing in flight here, so owned ones are watched too."""
        if rebalancing:  # a rebalance in progress moves partitions anyway: start counting after it
            self._still_since.clear()
            return Verdict((), False)
        still_since: dict[int, tuple[int | None, float]] = {}
        for partition, o in offsets.items():
            if (partition in owned and not idle) or not o.backlog:
                continue
            seen = self._still_since.get(partition)
            still_since[partition] = seen if seen is not None and seen[0] == o.committed else (o.committed, now)
        self._still_since = still_since
        stalled = tuple(sorted(p for p, (_, since) in self._still_since.items() if now - since >= self.grace))
        if not self._still_since:
            self.backoff = self.grace  # healthy again: the next incident starts with a short wait
        if not stalled or now < self.not_before:
            return Verdict(stalled, False)
        self.not_before = now + self.backoff
        self.backoff = min(self.backoff * 2, self.max_backoff)
        self._still_since.clear()
        return Verdict(stalled, True)


async def read_offsets(reader: AIOKafkaConsumer, topic: str, partitions: int) -> dict[int, PartitionOffsets]:
    """Start, end and the group's committed offset of every partition, owned here or not.

    The end is the larger of ListOffsets and the high-watermark of one short fetch from the
    committed position: the embedded broker's ListOffsets can lag far behind (a single batch of
    ten messages from offset 0 reads as end 1), its fetch high-watermark is exact.
    """
    tps = [TopicPartition(topic, p) for p in range(partitions)]
    if reader.assignment() != set(tps):
        reader.assign(tps)
    starts = await reader.beginning_offsets(tps)
    ends = await reader.end_offsets(tps)
    committed = {tp: await reader.committed(tp) for tp in tps}
    for tp in tps:
        reader.seek(tp, max(committed[tp] or 0, starts[tp]))
    await reader.getmany(timeout_ms=FETCH_WAIT_MS)  # read for the high-watermarks the answers carry
    return {tp.partition: PartitionOffsets(starts[tp], max(ends[tp], reader.highwater(tp) or 0), committed[tp])
            for tp in tps}


async def request_rejoin(faust_app: object) -> None:
    """Makes the worker's consumer re-join its group, as a REBALANCE_IN_PROGRESS heartbeat answer does.

    Neither Faust 0.15 nor aiokafka 0.14 offers a public call for this; Faust's own transport
    reaches the coordinator the same way (`_thread._ensure_consumer()._coordinator`). The call
    runs in the consumer's thread, whose event loop owns the coordinator's futures.
    """
    thread = faust_app.consumer._thread  # type: ignore[attr-defined]
    coordinator = getattr(thread._ensure_consumer(), "_coordinator", None)
    if coordinator is None or not hasattr(coordinator, "request_rejoin"):
        raise RuntimeError("aiokafka's consumer has no _coordinator.request_rejoin(); update assignment_watch.py")

    async def rejoin() -> None:
        coordinator.request_rejoin()

    await thread.call_thread(rejoin)


def fetch_state(faust_app: object, topic: str, partitions: Sequence[int]) -> str:
    """What the worker's consumer holds for `partitions` of `topic`: Faust's active, paused and buffered sets,
    its last delivered offset; aiokafka's paused set, fetch position and high-watermark, and the partitions
    whose fetched records it still holds. Logged with a re-join, so that a stall shows where fetching stopped:
    a position at the high-watermark with nothing delivered means records fetched and dropped; a position at
    the committed offset, or records held, means never handed over. It reads Faust's and aiokafka's internals,
    so whatever goes wrong here is reported in the line, never raised: the re-join must happen."""
    try:
        consumer = faust_app.consumer  # type: ignore[attr-defined]
        wanted = {(topic, p) for p in partitions}

        def held(tps: object) -> list[int]:
            return sorted(tp[1] for tp in (tps or ()) if (tp[0], tp[1]) in wanted)  # type: ignore[attr-defined]

        client = consumer._thread._ensure_consumer()
        states = client._subscription.subscription.assignment
        fetched = {}
        for p in sorted(partitions):
            state = states.state_value(TopicPartition(topic, p))
            fetched[p] = None if state is None else (state._position, state.highwater)
        read = {tp[1]: offset for tp, offset in consumer._read_offset.items() if (tp[0], tp[1]) in wanted}
        return (f"faust active {held(consumer._active_partitions)}, paused {held(consumer._paused_partitions)}, "
                f"buffered {held(consumer._buffered_partitions)}, last delivered {read}; "
                f"aiokafka paused {held(client.paused())}, position/highwater {fetched}, "
                f"holding fetched records of {held(client._fetcher._records)}")
    except Exception as exc:  # a diagnostic never stops the watch
        return f"unavailable: {exc!r}"


def in_flight() -> float:
    """Articles this worker has read and not finished (the gauge the agent keeps)."""
    return sum(sample.value for family in metrics.IN_FLIGHT.collect() for sample in family.samples)


class AssignmentWatch:
    """Feeds `OrphanWatch` from the broker and acts on its verdict; one per worker process."""

    def __init__(self, topic: str, default_partitions: int, bootstrap: str | None = None) -> None:
        """`bootstrap` None: the worker's broker, read when first needed (importing needs no broker)."""
        self.topic = topic
        self.default_partitions = default_partitions
        self.bootstrap = bootstrap
        self.watch = OrphanWatch()
        self.reader: AIOKafkaConsumer | None = None

    async def _reader(self) -> AIOKafkaConsumer:
        """A reader of the group's offsets that never joins the group (it assigns partitions itself), so it
        never takes partitions from a worker; small fetches, since only their high-watermarks matter.
        Its start shows once in the log, as aiokafka's "Updating subscribed topics" for the raw topic."""
        if self.reader is None:
            reader = AIOKafkaConsumer(bootstrap_servers=self.bootstrap or settings.bootstrap, group_id=settings.app_id,
                                      enable_auto_commit=False, fetch_max_bytes=64 * 1024,
                                      max_partition_fetch_bytes=16 * 1024, **settings.security.aiokafka_kwargs())
            try:
                await reader.start()
            except BaseException:  # e.g. the broker is away: close it, or aiokafka logs "Unclosed" every check
                await reader.stop()
                raise
            self.reader = reader
        return self.reader

    async def check(self) -> None:
        if app.rebalancing or not app.rebalancing_count:  # not joined yet, or moving partitions now
            self.watch.check(time.monotonic(), set(), {}, rebalancing=True)
            return
        try:
            # The consumer's metadata knows the topic's real partition count; the setting is what we created.
            partitions = app.consumer.topic_partitions(self.topic) or self.default_partitions
            offsets = await read_offsets(await self._reader(), self.topic, partitions)
        except (KafkaError, OSError, TimeoutError) as exc:  # the broker watch reports outages
            log.debug("assignment watch: offsets unavailable (%s)", exc)
            return
        owned = {tp.partition for tp in app.consumer.assignment() if tp.topic == self.topic}
        verdict = self.watch.check(time.monotonic(), owned, offsets, rebalancing=app.rebalancing,
                                   idle=in_flight() == 0)
        if not verdict.rejoin:
            return
        metrics.ORPHANED_PARTITION_REJOINS.inc()
        log.warning(
            "partitions %s of %s have a backlog that nobody consumed for %.0fs (owned here: %s); "
            "re-joining the consumer group so they are assigned and read again",
            list(verdict.stalled), self.topic, self.watch.grace, sorted(owned) or "none")
        log.info("consumer state of the stalled partitions: %s", fetch_state(app, self.topic, verdict.stalled))
        try:
            await request_rejoin(app)
        except RuntimeError:  # a client upgrade moved the internals: say so, keep the worker running
            log.exception("could not ask the consumer to re-join the group")

    async def stop(self) -> None:
        reader, self.reader = self.reader, None
        if reader is not None:
            await reader.stop()


_watch = AssignmentWatch(names(RAW), settings.partitions)


@app.timer(interval=CHECK_EVERY)
async def watch_assignment() -> None:
    await _watch.check()


@app.on_before_shutdown.connect
async def stop_assignment_watch(app: object, **kwargs: object) -> None:
    del app, kwargs
    await _watch.stop()
