"""The audit: every article published to articles.raw must have an outcome, an enriched article or a dead letter.

Why: the workers' own counters balance even when records never reached them (issue 18: articles
lost around a rebalance while every metric looked healthy), so only a comparison of the topics
themselves can see a loss. A raw record counts as accounted for when a dead letter names its origin
(topic, partition, offset), or when `articles.enriched` holds its article id with the same version
(text hash; the `article-version` header). Records younger than the grace period are not judged yet.

`compare` is pure; `read_since` and `run_audit` read the topics (used by `newswire audit` and by the
worker's periodic check in `streams.pipeline.audit_task`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

import orjson
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

from streams.config import Settings
from streams.events.outgoing import Intake
from streams.ingest.validate import DEFAULT_LIMITS, Rejected
from streams.topics import DEADLETTER, ENRICHED, RAW, TopicNames

READ_TIMEOUT = 120.0
# Outcomes are produced after their article, by clocks that may differ a little: read them from a bit earlier.
CLOCK_SLACK = 60.0


@dataclass(frozen=True)
class RawArticle:
    partition: int
    offset: int
    timestamp: float  # Kafka record timestamp, seconds
    article_id: str | None  # None: the record does not decode as an article (it must be a dead letter)
    version: str | None


@dataclass(frozen=True)
class Unaccounted:
    partition: int
    offset: int
    article_id: str | None
    age_seconds: float


@dataclass
class AuditReport:
    raw_topic: str
    since: float  # window start, epoch seconds
    until: float  # records published after this are too recent to judge
    checked: int = 0
    enriched: int = 0
    dead_lettered: int = 0
    too_recent: int = 0
    unaccounted: list[Unaccounted] = field(default_factory=list)

    def as_json(self) -> bytes:
        return orjson.dumps(asdict(self))


def compare(raw: Iterable[RawArticle], enriched: set[tuple[str, str | None]], dead: set[tuple[int, int]],
            raw_topic: str, since: float, until: float, now: float) -> AuditReport:
    """`enriched`: (article id, version) pairs seen on articles.enriched; `dead`: raw (partition, offset) of letters."""
    report = AuditReport(raw_topic, since, until)
    for record in raw:
        if record.timestamp < since:
            continue
        if record.timestamp > until:
            report.too_recent += 1
            continue
        report.checked += 1
        if (record.partition, record.offset) in dead:
            report.dead_lettered += 1
        elif record.article_id is not None and (
                (record.article_id, record.version) in enriched or (record.article_id, None) in enriched):
            report.enriched += 1
        else:
            report.unaccounted.append(Unaccounted(record.partition, record.offset, record.article_id,
                                                  round(now - record.timestamp, 1)))
    return report


def raw_article(record: ConsumerRecord, intake: Intake) -> RawArticle:
    try:
        article = intake.decode(record.value)
        article_id, version = article.id, article.version
    except Rejected:
        article_id, version = None, None
    return RawArticle(record.partition, record.offset, record.timestamp / 1000.0, article_id, version)


async def read_since(reader: AIOKafkaConsumer, topic: str, since: float, timeout: float = READ_TIMEOUT
                     ) -> list[ConsumerRecord]:
    """Every record of `topic` published since `since` (epoch seconds), up to each partition's high-watermark.

    Where the reading starts comes from the broker's time index; where it ends from the fetch
    high-watermark, not ListOffsets (the embedded broker answers that wrongly, shared notes).
    """
    await reader.topics()  # metadata for every topic, so the partition count is known
    partitions = reader.partitions_for_topic(topic) or set()
    tps = [TopicPartition(topic, p) for p in sorted(partitions)]
    if not tps:
        return []
    reader.assign(tps)
    starts = await reader.offsets_for_times({tp: int(since * 1000) for tp in tps})
    for tp in tps:
        if starts.get(tp) is None:
            await reader.seek_to_beginning(tp)
        else:
            reader.seek(tp, starts[tp].offset)
    records: list[ConsumerRecord] = []
    pending, deadline = set(tps), time.monotonic() + timeout
    while pending:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{topic}: partitions {sorted(tp.partition for tp in pending)} not read to their end "
                               f"within {timeout:.0f}s")
        for batch in (await reader.getmany(*pending, timeout_ms=500)).values():
            records += batch
        for tp in list(pending):
            highwater = reader.highwater(tp)
            if highwater is not None and await reader.position(tp) >= highwater:
                pending.discard(tp)
    return records


async def run_audit(settings: Settings, window: float, grace: float) -> AuditReport:
    """Raw articles published between `window` and `grace` seconds ago, against every outcome since."""
    from streams.broker.clients import consumer

    names = TopicNames(settings.topic_prefix)
    now = time.time()
    since, until = now - window, now - grace
    readers = [consumer(settings.bootstrap, [], group=None, security=settings.security) for _ in range(3)]
    await asyncio.gather(*(r.start() for r in readers))
    try:
        raw, enriched, letters = await asyncio.gather(
            read_since(readers[0], names(RAW), since),
            read_since(readers[1], names(ENRICHED), since - CLOCK_SLACK),
            read_since(readers[2], names(DEADLETTER), since - CLOCK_SLACK))
    finally:
        await asyncio.gather(*(r.stop() for r in readers))
    intake = Intake(DEFAULT_LIMITS)
    return compare((raw_article(r, intake) for r in raw), {_enriched_key(r) for r in enriched},
                   _dead_origins(letters, names(RAW)), names(RAW), since, until, now)


def _enriched_key(record: ConsumerRecord) -> tuple[str, str | None]:
    headers = dict(record.headers or ())
    version = headers.get("article-version")
    key = (record.key or b"").decode("utf-8", "replace")
    return key, version.decode() if version else None


def _dead_origins(letters: list[ConsumerRecord], raw_topic: str) -> set[tuple[int, int]]:
    origins = set()
    for record in letters:
        try:
            origin = orjson.loads(record.value).get("origin") or {}
        except (orjson.JSONDecodeError, AttributeError):
            continue
        if origin.get("topic") == raw_topic and isinstance(origin.get("partition"), int) \
                and isinstance(origin.get("offset"), int):
            origins.add((origin["partition"], origin["offset"]))
    return origins
