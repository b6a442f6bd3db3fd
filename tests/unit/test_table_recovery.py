"""Table recovery when a changelog ends before the offset the table applied: Faust would raise
ConsistencyError and crash the worker; the partition is recovered from its changelog's start instead,
with one log line and a metric. The consumer is a stand-in answering Faust's two calls."""

from __future__ import annotations

import asyncio
import logging

from faust.types import TP

from streams.app import app
from streams.monitoring import metrics
from streams.pipeline.table_recovery import ChangelogRecovery

CHANGELOG = "newswire-seen-articles-changelog"


class Consumer:
    """Answers `highwaters` (log end offsets, as aiokafka's) and records `seek_wait`."""

    def __init__(self, ends: dict[TP, int]) -> None:
        self.ends = ends
        self.sought: dict[TP, int] = {}

    async def highwaters(self, *tps: TP) -> dict[TP, int]:
        return {tp: self.ends[tp] for tp in tps}

    async def seek_wait(self, offsets: dict[TP, int]) -> None:
        self.sought.update(offsets)


def resets(topic: str) -> float:
    return metrics.TABLE_RECOVERY_RESETS.labels(topic)._value.get()


def beyond_highwater(offsets, highwaters, tps) -> list[TP]:
    """Faust's own consistency check (faust/tables/recovery.py): the partitions it would raise for."""
    return [tp for tp in tps if offsets[tp] and highwaters[tp] and offsets[tp] > highwaters[tp]]


def test_the_app_recovers_with_the_lenient_recovery():
    assert isinstance(app.tables.recovery, ChangelogRecovery)


def test_an_active_partition_ahead_of_its_changelog_is_recovered_from_the_start(caplog):
    recovery = app.tables.recovery
    ahead, fine = TP(CHANGELOG, 3), TP(CHANGELOG, 1)
    recovery.active_offsets.update({ahead: 458, fine: 10})
    consumer = Consumer({ahead: 455, fine: 21})  # the last record of `ahead` is at 454
    before = resets(CHANGELOG)
    with caplog.at_level(logging.WARNING):
        asyncio.run(recovery._build_highwaters(consumer, {ahead, fine}, recovery.active_highwaters, "active"))
    assert beyond_highwater(recovery.active_offsets, recovery.active_highwaters, [ahead, fine]) == []
    assert recovery.active_offsets[ahead] == -1
    assert recovery.active_offsets[fine] == 10
    assert resets(CHANGELOG) == before + 1
    lines = [r.getMessage() for r in caplog.records if r.name == "streams.pipeline.table_recovery"]
    assert len(lines) == 1 and "458" in lines[0] and "454" in lines[0] and "[3]" in lines[0]
    assert consumer.sought == {}  # active partitions are sought by Faust after this step


def test_a_standby_partition_ahead_of_its_changelog_is_sought_back_to_the_start():
    recovery = app.tables.recovery
    ahead = TP(CHANGELOG, 2)
    recovery.standby_offsets.update({ahead: 90})
    consumer = Consumer({ahead: 40})
    asyncio.run(recovery._build_highwaters(consumer, {ahead}, recovery.standby_highwaters, "standby"))
    assert beyond_highwater(recovery.standby_offsets, recovery.standby_highwaters, [ahead]) == []
    assert consumer.sought == {ahead: 0}
