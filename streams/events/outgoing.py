"""One raw message → the Kafka messages it becomes, without touching Kafka.

The Faust agent only sends what this returns, so the routing (which topic, which key,
which headers) is tested without a broker and is the same in every worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from streams import topics
from streams.enrich.pipeline import Enricher, EnrichmentFailed
from streams.events.build import EventBatch, build_events
from streams.events.deadletter import Origin, dead_letter
from streams.ingest.article import Article
from streams.ingest.validate import DEFAULT_LIMITS, Limits, Rejected, decode_article

Headers = list[tuple[str, bytes]]


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message for a logical topic (`topics.*` base name; the prefix is applied when sent)."""

    topic: str
    key: bytes | None
    value: bytes
    headers: Headers


@dataclass(slots=True)
class Outcome:
    """`enriched` or `deadletter`; `reason` is the dead-letter code, `batch` the events."""

    status: str
    messages: list[Outgoing] = field(default_factory=list)
    article: Article | None = None
    batch: EventBatch | None = None
    reason: str | None = None
    timings: dict[str, float] = field(default_factory=dict)


def headers_for(topic: str, article_version: str | None = None) -> Headers:
    name = topics.SCHEMA_OF[topic]
    headers = [
        ("content-type", b"application/json"),
        ("schema", name.encode()),
        ("schema-version", name.rsplit(".v", 1)[1].encode()),
    ]
    if article_version:
        headers.append(("article-version", article_version.encode()))
    return headers


def _message(topic: str, key: str | None, value: dict[str, Any], version: str | None = None) -> Outgoing:
    return Outgoing(topic, key.encode() if key is not None else None, orjson.dumps(value), headers_for(topic, version))


def event_messages(batch: EventBatch) -> list[Outgoing]:
    """Per-type events first, the enriched article last: it is the 'article done' marker."""
    key, version = batch.article.id, batch.article.version
    out = [
        _message(topics.EVENT_TOPICS[event_type], key, event, version)
        for event_type, events in batch.by_type().items()
        for event in events
    ]
    out.append(_message(topics.ENRICHED, key, batch.enriched, version))
    return out


def rejection(raw: bytes | None, origin: Origin, exc: Rejected | EnrichmentFailed, article_id: str | None) -> Outcome:
    if isinstance(exc, EnrichmentFailed):
        reason, message, stage = "enrichment_error", str(exc), exc.stage
    else:
        reason, message, stage = exc.reason, exc.message, None
    letter = dead_letter(raw, origin, reason, message, article_id=article_id, stage=stage)
    return Outcome("deadletter", [_message(topics.DEADLETTER, article_id or origin.key, letter)], reason=reason)


class ArticleProcessor:
    """Validate → enrich → events, each step's failure turned into a dead letter."""

    def __init__(self, enricher: Enricher, limits: Limits = DEFAULT_LIMITS) -> None:
        self.enricher = enricher
        self.limits = limits

    def decode(self, raw: bytes | None) -> Article:
        return decode_article(raw, self.limits)

    def enrich(self, article: Article, raw: bytes | None, origin: Origin) -> Outcome:
        try:
            enrichment = self.enricher.enrich(article)
        except EnrichmentFailed as exc:
            return rejection(raw, origin, exc, article.id)
        batch = build_events(article, enrichment)
        return Outcome("enriched", event_messages(batch), article, batch, timings=enrichment.timings)

    def process(self, raw: bytes | None, origin: Origin) -> Outcome:
        try:
            article = self.decode(raw)
        except Rejected as exc:
            return rejection(raw, origin, exc, exc.article_id)
        return self.enrich(article, raw, origin)
