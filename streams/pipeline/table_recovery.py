"""Table recovery that survives a changelog shorter than the table: replay what the changelog holds.

Why: at every assignment Faust compares each table partition's offset (the last changelog record
this process applied) with the changelog's high-watermark, and raises `ConsistencyError` when the
table is ahead ("... higher than the last offset in that topic (highwater)"), which crashes the
worker. That happens after a broker lost or truncated the changelog (the embedded broker keeps
everything in memory and comes back empty; on Kafka an unclean leader election), and on the embedded
broker whenever its ListOffsets answer, which Faust takes as the high-watermark, lags the real end.
A worker that stops there processes nothing. Instead the partition is recovered from the start of
its changelog, on top of what the table holds (a memory table keeps its entries: for
`seen-articles` that errs towards skipping a re-delivered article, never towards losing one), with
one log line and `newswire_table_recovery_resets_total`.
"""

from __future__ import annotations

import logging
from collections import Counter

from faust.tables import TableManager
from faust.tables.recovery import Recovery
from faust.types import TP
from faust.types.transports import ConsumerT

from streams.monitoring import metrics

log = logging.getLogger(__name__)


class ChangelogRecovery(Recovery):
    """Faust's recovery, minus the crash on a table offset beyond its changelog's high-watermark."""

    async def _build_highwaters(self, consumer: ConsumerT, tps: set[TP], destination: Counter[TP],
                                title: str) -> None:
        """Runs before Faust's consistency check, for active and standby partitions alike."""
        await super()._build_highwaters(consumer, tps, destination, title)
        offsets = self.active_offsets if destination is self.active_highwaters else self.standby_offsets
        reset = set()
        for tp in sorted(tps):
            applied, highwater = offsets.get(tp), destination.get(tp)
            if applied is not None and highwater is not None and applied > highwater:
                log.warning("table changelog %s[%d]: the table applied up to offset %d but the changelog ends at "
                            "%d; recovering it from the start of what the changelog holds (%s partition)",
                            tp.topic, tp.partition, applied, highwater, title)
                metrics.TABLE_RECOVERY_RESETS.labels(tp.topic).inc()
                offsets[tp] = -1  # Faust's "nothing applied yet": seek to the changelog's first record
                reset.add(tp)
        if reset and offsets is self.standby_offsets:  # standbys were sought before their high-watermarks were read
            await self._seek_offsets(consumer, reset, offsets, title)


class ChangelogTableManager(TableManager):
    """Faust's table manager with `ChangelogRecovery` (set as the app's `TableManager`)."""

    @property
    def recovery(self) -> Recovery:
        if self._recovery is None:
            self._recovery = ChangelogRecovery(self.app, self, beacon=self.beacon, loop=self.loop)
        return self._recovery
