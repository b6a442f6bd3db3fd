"""Which offsets of a topic the agent has received and settled, per partition: the record of truth for commits.

Why: Faust 0.15 can lose records around a rebalance and then commit past them (docs/reliability.md,
"Articles lost when a worker dies"): a record fetched under an older group generation is skipped
by the stream yet acknowledged, and a record the fetch loop drops leaves a hole that Faust's gap
tracking counts as done. The agent then never sees those articles, and the group's committed offset
moves beyond them, so no restart brings them back. This ledger does not trust that path: it knows
the offset each partition must deliver next (from the committed offset the consumer sought to),
notices when a later one arrives first, and offers as the commit point only the offset up to which
every record was settled.

Pure bookkeeping, no Kafka: `streams.pipeline.offset_gate` feeds it from the agent and seeks on a gap;
the consumer in `streams.app` asks it what may be committed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum


class Admission(Enum):
    TAKE = "take"  # the next offset, or one already received (a re-delivery: the table decides)
    GAP = "gap"  # offsets before this one were never delivered: seek back (or prove there is nothing there)
    HOLD = "hold"  # a gap of this partition is being refilled by a seek: this record comes again


@dataclass
class _Partition:
    expected: int | None  # next offset to admit; None: unknown (the group never committed here)
    frontier: int | None  # every offset below it is settled: the highest offset that may be committed
    sought_at: float | None = None  # when a seek back to `expected` was last asked for
    empty: dict[int, int] = field(default_factory=dict)  # start → end of offset ranges proven to hold no record

    def advance(self) -> None:
        while self.frontier is not None and self.frontier in self.empty:
            self.frontier = self.empty.pop(self.frontier)


class OffsetLedger:
    """One topic's partitions; reset at every assignment, advanced only by contiguous offsets."""

    def __init__(self, reseek_after: float = 5.0) -> None:
        # A seek can be undone by Faust's fetch loop (it rewrites its read offset after the seek);
        # a gap still open this long after the seek is sought again.
        self.reseek_after = reseek_after
        self._partitions: dict[int, _Partition] = {}

    def reset(self, committed: Mapping[int, int | None]) -> None:
        """The consumer sought these partitions to these committed offsets: the new starting points."""
        self._partitions = {p: _Partition(offset, offset) for p, offset in committed.items()}

    def expected(self, partition: int) -> int | None:
        state = self._partitions.get(partition)
        return None if state is None else state.expected

    def admit(self, partition: int, offset: int, now: float) -> Admission:
        state = self._partitions.setdefault(partition, _Partition(None, None))
        if state.expected is not None and offset <= state.expected:
            if offset == state.expected:
                state.expected = offset + 1
                state.sought_at = None
            return Admission.TAKE
        return Admission.HOLD if self.seeking(partition, now) else Admission.GAP

    def seeking(self, partition: int, now: float) -> bool:
        """A seek back for this partition was asked for less than `reseek_after` ago."""
        state = self._partitions.get(partition)
        return state is not None and state.sought_at is not None and now - state.sought_at < self.reseek_after

    def sought(self, partition: int, now: float) -> None:
        """A seek back to `expected` was asked for; later records of the partition wait for it."""
        self._partitions.setdefault(partition, _Partition(None, None)).sought_at = now

    def skip_to(self, partition: int, offset: int) -> None:
        """The log holds no record from `expected` up to `offset` (log start, compaction, transaction markers):
        `offset` is the next record to admit, and the range counts as settled once what precedes it is."""
        state = self._partitions.setdefault(partition, _Partition(None, None))
        if state.expected is None:  # nothing admitted since the reset: the partition starts here
            state.frontier = state.expected = offset
        elif offset > state.expected:  # records before `expected` may still be in flight
            state.empty[state.expected] = offset
            state.expected = offset
            state.advance()

    def settled(self, partition: int, offset: int) -> None:
        """The record at `offset` is finished (its outcome acknowledged); the frontier moves if it was next."""
        state = self._partitions.get(partition)
        if state is not None and state.frontier == offset:
            state.frontier = offset + 1
            state.advance()

    def commit_point(self, partition: int) -> int | None:
        """The offset the group may commit for the partition (None: nothing known to be settled)."""
        state = self._partitions.get(partition)
        return None if state is None else state.frontier
