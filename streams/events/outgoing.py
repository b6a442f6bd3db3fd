"""One raw message → the Kafka messages it becomes, without touching Kafka.

The Faust agent only sends what this returns, so the routing (which topic, which key,
which headers) is tested without a broker and is the same in every worker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import orjson

from streams import schemas, topics
from streams.enrich.model import Enrichment
from streams.enrich.pipeline import Enricher, EnrichmentFailed
from streams.enrich.speedups.parse_cache import CacheUse
from streams.events.build import EventBatch, build_events
from streams.events.deadletter import Origin, dead_letter
from streams.ingest.article import Article
from streams.ingest.validate import DEFAULT_LIMITS, Limits, Rejected, decode_article

log = logging.getLogger(__name__)
Headers = list[tuple[str, bytes]]
# How much of an exception's message a log line quotes (it may quote the article); the dead letter has more.
LOGGED_ERROR_CHARS = 300
# Room in a dead letter for everything but the original: capped message, ids, origin, timestamps.
DEAD_LETTER_OVERHEAD = 8_192


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
    parse_cache: CacheUse | None = None  # how the enrichment process's parse cache served the article


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


def rejection(
    raw: bytes | None, origin: Origin, exc: Rejected | EnrichmentFailed, article_id: str | None,
    max_bytes: int | None = None,
) -> Outcome:
    if isinstance(exc, EnrichmentFailed):
        reason, message, stage = "enrichment_error", str(exc), exc.stage
    else:
        reason, message, stage = exc.reason, exc.message, None
    letter = dead_letter(raw, origin, reason, message, article_id=article_id, stage=stage,
                         max_original_bytes=max_bytes)
    return Outcome("deadletter", [_message(topics.DEADLETTER, article_id or origin.key, letter)], reason=reason)


class ContractViolation(ValueError):
    """Extractor output that the event schemas or the article text cannot accept."""


def contract_violations(batch: EventBatch) -> list[str]:
    """Schema errors and offsets outside the text, found before anything is sent.

    An extractor bug then costs one article (dead-lettered, with the reason) instead of
    putting messages that break the published contract on topics consumers trust. The
    enriched article embeds every event, so validating it covers them all.
    """
    problems = schemas.errors(schemas.ARTICLE_ENRICHED, batch.enriched)
    if problems:
        return problems
    size = len(batch.article.text)
    return [
        f"{event_type} {name} [{span['start']}, {span['end']}) lies outside the text ({size} characters)"
        for event_type, events in batch.by_type().items()
        for event in events
        for name in ("span", "evidence")
        if (span := event.get(name)) and not 0 <= span["start"] <= span["end"] <= size
    ]


class Intake:
    """Validate, or turn the failure into a dead letter: the part that needs no model.

    The worker's loop side holds only this; enrichment runs where the model is.
    """

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits

    def decode(self, raw: bytes | None) -> Article:
        return decode_article(raw, self.limits)

    def reject(
        self, raw: bytes | None, origin: Origin, exc: Rejected | EnrichmentFailed, article_id: str | None
    ) -> Outcome:
        """A dead letter that always fits the output limit (the original is left out if it must be)."""
        return rejection(raw, origin, exc, article_id, self.limits.max_output_bytes - DEAD_LETTER_OVERHEAD)


class ArticleProcessor(Intake):
    """Validate → enrich → events, each step's failure turned into a dead letter."""

    def __init__(self, enricher: Enricher, limits: Limits = DEFAULT_LIMITS) -> None:
        super().__init__(limits)
        self.enricher = enricher

    def enrich(self, article: Article, raw: bytes | None, origin: Origin) -> Outcome:
        # The enriched message carries the text: if the text alone cannot fit, do not enrich at all.
        text_bytes = len(orjson.dumps(article.text))
        if text_bytes > self.limits.max_output_bytes:
            return self.reject(raw, origin, self._too_large(topics.ENRICHED, text_bytes), article.id)
        try:
            enrichment = self.enricher.enrich(article)
            batch = _checked_events(article, enrichment)
        except EnrichmentFailed as exc:
            _log_failure(article.id, exc)
            return self.reject(raw, origin, exc, article.id)
        messages = event_messages(batch)
        biggest = max(messages, key=lambda m: len(m.value))
        if len(biggest.value) > self.limits.max_output_bytes:
            return self.reject(raw, origin, self._too_large(biggest.topic, len(biggest.value)), article.id)
        return Outcome("enriched", messages, article, batch, timings=enrichment.timings,
                       parse_cache=enrichment.parse_cache)

    def _too_large(self, topic: str, size: int) -> Rejected:
        return Rejected("too_large", f"its {topic} message would have at least {size} bytes; "
                                     f"the output limit is {self.limits.max_output_bytes}")

    def process(self, raw: bytes | None, origin: Origin) -> Outcome:
        try:
            article = self.decode(raw)
        except Rejected as exc:
            return self.reject(raw, origin, exc, exc.article_id)
        return self.enrich(article, raw, origin)


def _log_failure(article_id: str, exc: EnrichmentFailed) -> None:
    """A bug of ours must show in the log, not only on the dead-letter topic. One line: the id and the
    error come from the article, so `%r` escapes what could forge a line or drive a terminal."""
    log.error("article %r dead-lettered as enrichment_error (`newswire replay` resends it once fixed): %r",
              article_id, str(exc)[:LOGGED_ERROR_CHARS])


def _checked_events(article: Article, enrichment: Enrichment) -> EventBatch:
    """Events are built and checked under the `events` stage, so a bad record is a dead letter."""
    try:
        batch = build_events(article, enrichment)
        problems = contract_violations(batch)
    except Exception as exc:
        raise EnrichmentFailed("events", exc) from exc
    if problems:
        raise EnrichmentFailed("events", ContractViolation("; ".join(problems[:5])))
    return batch
