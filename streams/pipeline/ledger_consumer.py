"""Faust's aiokafka consumer, made to commit only what an agent settled and to re-read what it skipped.

Why: Faust 0.15 loses records around a rebalance and commits past them (docs/reliability.md,
"Articles lost when a worker dies"). Its fetch loop delivers a record only if its offset is at
least the partition's last delivered offset (`faust/transport/consumer.py`, `_drain_messages`),
counts a jump in offsets as a range to commit (`_add_gap`, for compacted topics), and its commit
point (`_new_offset`) walks over those ranges. Two changes, for the topics in `commit_ledgers`:

- the commit point is the ledger's (`streams.pipeline.offset_ledger`): every record below it settled;
- `repair(tp, offset)` seeks back and hides the records of that partition fetched before the seek,
  until the record at `offset` comes again; Faust's read offset is then cleared, so the re-read
  records pass its fetch loop instead of being dropped as already read.

And one fix, for the same topics: Faust's "seek to committed offsets" (after every rebalance, and
whenever its fetch loop returns while the flow is stopped, dropping what it fetched) relies on
aiokafka's `seek_to_committed`, which seeks only partitions committed beyond offset 0. A partition
the group never committed on kept the position its dropped fetch had reached, often the log's end,
so its records never came again: the kill-burst stall of 4 Dec (docs/reliability.md, Known limits).
`seek_to_committed` below sends such partitions to the log's beginning, as the consumer's reset
policy (earliest) does for a partition without a commit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Collection, Mapping

from aiokafka import AIOKafkaConsumer, TopicPartition
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, Message

from streams.pipeline.offset_ledger import OffsetLedger

log = logging.getLogger(__name__)

# Topic → the ledger of what its agent settled: for these topics it alone decides what is committed.
commit_ledgers: dict[str, OffsetLedger] = {}
# A repair whose record has not come back this long after the seek seeks again (the seek may have raced a fetch).
RESEEK_AFTER = 5.0


async def seek_to_committed(consumer: AIOKafkaConsumer, topics: Collection[str]) -> dict[TopicPartition, int | None]:
    """aiokafka's `seek_to_committed`, and the partitions of `topics` it leaves alone (no commit, or a commit
    of 0: `if offset and offset > 0`) sought to the log's beginning; returns the committed offsets."""
    offsets = await consumer.seek_to_committed()
    uncommitted = sorted(tp for tp, offset in offsets.items() if tp.topic in topics and not (offset and offset > 0))
    if uncommitted:
        log.info("seeking %s (no commit past offset 0) to the start of the log",
                 ", ".join(f"{tp.topic}[{tp.partition}]" for tp in uncommitted))
        await consumer.seek_to_beginning(*uncommitted)
    return offsets


class LedgerConsumer(faust_aiokafka.Consumer):
    """See the module docstring."""

    _repairs: dict[TP, tuple[int, float]]  # partition → (offset sought back to, when)

    def repairs(self) -> dict[TP, tuple[int, float]]:
        if not hasattr(self, "_repairs"):
            self._repairs = {}
        return self._repairs

    async def repair(self, tp: TP, offset: int) -> None:
        """Re-reads `tp` from `offset`: what was fetched beyond it before is dropped here, not delivered.

        The seek runs in the consumer's own thread: aiokafka's fetcher belongs to that thread's event
        loop (Faust's `Consumer.seek` calls it from the app's thread, which can leave the fetcher waiting).
        """
        self.repairs()[tp] = (offset, time.monotonic())
        aiokafka_consumer = self._thread._ensure_consumer()

        async def seek() -> None:
            aiokafka_consumer.seek(tp, offset)

        await self._thread.call_thread(seek)
        self._read_offset[tp] = None

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
        repairs = self.repairs()
        for tp, (offset, since) in list(repairs.items()):  # called about once a second, records or not
            if time.monotonic() - since > RESEEK_AFTER:
                log.info("%s[%d]: offset %d has not come back %.0fs after seeking to it; seeking again",
                         tp.topic, tp.partition, offset, RESEEK_AFTER)
                await self.repair(tp, offset)
        async for tp, message in super().getmany(timeout):
            repair = repairs.get(tp)
            if repair is not None:
                if message.offset != repair[0]:  # fetched before the seek took effect
                    continue
                del repairs[tp]
                self._read_offset[tp] = None  # else Faust drops it as older than what it delivered last
                log.info("%s[%d]: re-reading from offset %d", tp.topic, tp.partition, message.offset)
            yield tp, message

    async def seek_to_committed(self) -> Mapping[TP, int]:
        """Every (re)assignment ends here (Faust's `perform_seek`): the ledgers start from these offsets.
        Runs in the consumer's thread, as Faust's own does; never-committed partitions start at the log's
        beginning (module docstring)."""
        offsets = await self._thread.call_thread(seek_to_committed, self._thread._ensure_consumer(), commit_ledgers)
        self.repairs().clear()
        for topic, ledger in commit_ledgers.items():
            ledger.reset({tp.partition: offset if offset is not None and offset >= 0 else None
                          for tp, offset in offsets.items() if tp.topic == topic})
        return offsets

    def _new_offset(self, tp: TP) -> int | None:
        offset = super()._new_offset(tp)  # also clears Faust's list of acknowledged offsets
        ledger = commit_ledgers.get(tp.topic)
        return offset if ledger is None else ledger.commit_point(tp.partition)


class LedgerTransport(faust_aiokafka.Transport):
    Consumer = LedgerConsumer
