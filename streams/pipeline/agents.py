"""The enrichment agent: thin by design; all decisions live in `streams.events.outgoing`.

Per raw message: validate (cheap, on the loop), skip a re-delivered duplicate (same id
and text, per the changelog-backed `seen-articles` table), enrich in a worker thread so
heartbeats and commits never stall, send and await acknowledgement, then record it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import faust

from streams import __version__
from streams.app import app, names, settings
from streams.enrich.nlp import model_name
from streams.enrich.pipeline import Enricher
from streams.events.deadletter import Origin
from streams.events.outgoing import ArticleProcessor, Outcome, rejection
from streams.ingest.validate import Limits, Rejected
from streams.monitoring import metrics
from streams.monitoring.server import serve_metrics
from streams.pipeline.send import send_acknowledged
from streams.topics import RAW

log = logging.getLogger(__name__)

raw_articles = app.topic(
    names(RAW), value_serializer="raw", key_serializer="raw", partitions=settings.partitions
)
# article id → version (text hash) of the last article whose events were acknowledged.
seen_articles = app.Table("seen-articles", default=None, partitions=settings.partitions, key_type=str, value_type=str)

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="enrich")
_processor: ArticleProcessor | None = None
_processor_lock = asyncio.Lock()


async def processor() -> ArticleProcessor:
    """Loads spaCy once, off the event loop, on first use."""
    global _processor
    async with _processor_lock:
        if _processor is None:
            enricher = await asyncio.get_running_loop().run_in_executor(_executor, Enricher)
            _processor = ArticleProcessor(
                enricher, Limits(settings.max_message_bytes, settings.max_text_chars)
            )
    return _processor


def _origin(message: faust.types.Message) -> Origin:
    key = message.key.decode("utf-8", "replace") if isinstance(message.key, bytes) else None
    return Origin(message.topic, message.partition, message.offset, message.timestamp, key)


async def _enrich(proc: ArticleProcessor, raw: bytes, origin: Origin) -> Outcome:
    article = proc.decode(raw)
    loop = asyncio.get_running_loop()
    try:
        return await asyncio.wait_for(
            loop.run_in_executor(_executor, partial(proc.enrich, article, raw, origin)), settings.enrich_timeout
        )
    except TimeoutError:
        exc = Rejected("enrichment_timeout", f"enrichment took longer than {settings.enrich_timeout:.0f}s")
        return rejection(raw, origin, exc, article.id)


def _record(outcome: Outcome, published: float | None) -> None:
    if outcome.status == "deadletter":
        metrics.DEAD_LETTERS.labels(outcome.reason or "unknown").inc()
        return
    metrics.ARTICLES_ENRICHED.inc()
    assert outcome.batch is not None
    for event_type, events in outcome.batch.by_type().items():
        metrics.EVENTS_EMITTED.labels(event_type).inc(len(events))
    metrics.STATEMENTS_PER_ARTICLE.observe(len(outcome.batch.statements))
    metrics.MEETINGS_PER_ARTICLE.observe(len(outcome.batch.meetings))
    metrics.SENTIMENT_SCORE.observe(outcome.batch.sentiment["score"])
    for stage, seconds in outcome.timings.items():
        metrics.STAGE_DURATION.labels(stage).observe(seconds)
    if published:
        metrics.END_TO_END_LATENCY.observe(max(0.0, time.time() - published))


async def handle(message: faust.types.Message) -> None:
    raw = message.value
    origin = _origin(message)
    proc = await processor()
    try:
        article = proc.decode(raw)
    except Rejected as exc:
        outcome = rejection(raw, origin, exc, exc.article_id)
    else:
        if seen_articles.get(article.id) == article.version:
            metrics.DUPLICATES_SKIPPED.inc()
            return
        outcome = await _enrich(proc, raw, origin)
    await send_acknowledged(app, names, outcome.messages)
    if outcome.article is not None:
        seen_articles[outcome.article.id] = outcome.article.version
    _record(outcome, message.timestamp)


@app.agent(raw_articles, name="enrich-articles")
async def enrich_articles(stream: faust.StreamT) -> None:
    async for event in stream.events():
        metrics.ARTICLES_CONSUMED.inc()
        metrics.IN_FLIGHT.inc()
        try:
            await handle(event.message)
        finally:
            metrics.IN_FLIGHT.dec()


@app.task
async def start_monitoring() -> None:
    metrics.WORKER_INFO.info({
        "version": __version__,
        "model": model_name(),
        "broker_kind": "embedded" if settings.embedded else "kafka",
    })
    if settings.metrics_port:
        serve_metrics(settings.metrics_host, settings.metrics_port)
    await processor()


@app.timer(interval=5.0)
async def sample_consumer_lag() -> None:
    """Lag = fetch high-watermark − position (the embedded broker's ListOffsets is wrong)."""
    consumer = app.consumer
    for tp in consumer.assignment():
        if tp.topic != raw_articles.get_topic_name():
            continue
        try:
            position = consumer.position(tp)
            if asyncio.iscoroutine(position):
                position = await position
            highwater = consumer.highwater(tp)
        except Exception:
            continue
        if position is not None and highwater is not None:
            metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(max(0, highwater - position))
