"""The enrichment agent: thin by design; all decisions live in `streams.events.outgoing`.

Per batch of raw messages that have already arrived: validate (cheap, on the loop), skip a
re-delivered duplicate (same id and text, per the changelog-backed `seen-articles` table),
enrich in a child process so heartbeats and commits never stall (one `enrich_many` for the
batch, `streams.pipeline.offload`), send and await acknowledgement of all, then record each. Faust acks the batch's
events, and so may commit their offsets, only after that.

Every consumed message ends in exactly one of: enriched, dead-lettered, skipped duplicate
(the accounting invariant of `streams.monitoring.metrics`). Whatever goes wrong before
sending, even a bug of ours, becomes a dead letter; only the broker can hold an article
back, and then it is retried, never dropped (see docs/reliability.md).
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections.abc import Sequence

import faust
from aiokafka.errors import KafkaError
from faust.streams import _current_event

from streams import __version__
from streams.app import app, names, settings
from streams.enrich.pipeline import STAGES, EnrichmentFailed
from streams.events.deadletter import Origin
from streams.events.outgoing import Intake, Outcome, rejection
from streams.ingest.article import Article
from streams.ingest.validate import Limits, Rejected
from streams.monitoring import metrics
from streams.monitoring.server import serve_metrics
from streams.pipeline.batch import Job
from streams.pipeline.broker_watch import BrokerWatch, thin_client_logs
from streams.pipeline.offload import EnrichmentPool, enrich_jobs, enrich_one
from streams.pipeline.offset_gate import gate_for, stop_probes, watch_gates
from streams.pipeline.output import OutputProducer
from streams.pipeline.send import Undeliverable, send_acknowledged
from streams.topics import RAW

log = logging.getLogger(__name__)

raw_articles = app.topic(
    names(RAW), value_serializer="raw", key_serializer="raw", partitions=settings.partitions
)
# article id → version (text hash) of the last article whose events were acknowledged.
seen_articles = app.Table("seen-articles", default=None, partitions=settings.partitions, key_type=str, value_type=str)

# What the group commits on the raw topic is what this agent settled, not what Faust counts as read.
_gate = gate_for(app, raw_articles.get_topic_name(), settings)
watch_gates(app, _gate)
# The model lives in a child process (see `streams.pipeline.offload`); the loop keeps decoding and dead letters.
_limits = Limits(settings.max_message_bytes, settings.max_text_chars)
_intake = Intake(_limits)
_pool = EnrichmentPool(_limits, on_restart=lambda reason: metrics.ENRICHMENT_RESTARTS.labels(reason).inc())
_outputs = OutputProducer(settings.bootstrap, settings.security)
# Up to this many articles are enriched together; a lone article waits at most BATCH_WITHIN seconds for company.
BATCH_SIZE = 8
BATCH_WITHIN = 0.02
# A raw key is only copied into dead letters; any longer and it is someone's payload, not a key.
MAX_KEY_CHARS = 512


def _origin(message: faust.types.Message) -> Origin:
    key = message.key.decode("utf-8", "replace")[:MAX_KEY_CHARS] if isinstance(message.key, bytes) else None
    return Origin(message.topic, message.partition, message.offset, message.timestamp, key)


async def _enrich_jobs(jobs: Sequence[Job]) -> list[Outcome]:
    """Several articles in one call of the child, within one article's time budget; else one by one.

    A batch that overruns (a slow article, or many large ones) is not dead-lettered as a
    whole: its articles are redone alone, each with its own timeout, so only a slow one is.
    """
    if len(jobs) > 1:
        try:
            return await _pool.run(enrich_jobs, jobs, timeout=settings.enrich_timeout)
        except TimeoutError:
            log.warning("a batch of %d articles took longer than %gs; enriching them one at a time",
                        len(jobs), settings.enrich_timeout)
        except Exception:
            log.exception("enriching a batch of %d articles failed; enriching them one at a time", len(jobs))
    return [await _enrich_one(job) for job in jobs]


async def _enrich_one(job: Job) -> Outcome:
    """One article in the child; past the timeout the child is killed and the article dead-lettered."""
    try:
        return await _pool.run(enrich_one, job.article, job.raw, job.origin, timeout=settings.enrich_timeout)
    except TimeoutError:
        log.warning("article %s timed out after %gs; dead-lettered", job.article.id, settings.enrich_timeout)
        exc = Rejected("enrichment_timeout", f"enrichment took longer than {settings.enrich_timeout:g}s")
        return _intake.reject(job.raw, job.origin, exc, job.article.id)
    except Exception as exc:
        return _bug(job.raw, job.origin, exc, job.article.id)


def _bug(raw: bytes, origin: Origin, exc: Exception, article_id: str | None) -> Outcome:
    """An unexpected exception is a bug of ours, not the input's fault, but stopping the
    partition behind it would be worse: the article is dead-lettered with the exception and
    can be replayed from there once the bug is fixed.
    """
    log.exception("unexpected error processing the message at %s", origin)
    return _intake.reject(raw, origin, EnrichmentFailed("pipeline", exc), article_id)


def _prepare(raw: bytes, origin: Origin) -> Job | Outcome | None:
    """A job to enrich, a dead letter already, or None for a duplicate."""
    article_id = None
    try:
        article = _intake.decode(raw)
        article_id = article.id
        if seen_articles.get(article.id) == article.version:
            return None
        return Job(article, raw, origin)
    except Rejected as exc:
        return _intake.reject(raw, origin, exc, exc.article_id)
    except Exception as exc:
        return _bug(raw, origin, exc, article_id)


def _repeat_at(prepared: Sequence[Job | Outcome | None]) -> int:
    """Index of the first job whose article (same id and text) came earlier in the batch, else the length."""
    seen: set[tuple[str, str]] = set()
    for i, item in enumerate(prepared):
        if isinstance(item, Job):
            key = (item.article.id, item.article.version)
            if key in seen:
                return i
            seen.add(key)
    return len(prepared)


async def _deliver(outcome: Outcome, raw: bytes, origin: Origin) -> Outcome:
    """Sends and awaits acks; a message the broker refuses for good becomes a bare dead letter.

    The bare letter leaves the original out (it may be what was too large); the raw topic
    still holds it at `origin`. Events acknowledged before the refusal stay published.
    """
    try:
        await send_acknowledged(_outputs, names, outcome.messages)
        return outcome
    except Undeliverable as exc:
        article_id = outcome.article.id if outcome.article else None
        log.error("the broker refused the output of the message at %s (%s); dead-lettering it", origin, exc)
        refused = Rejected("too_large", f"the producer or broker refused its messages: {exc}")
        letter = rejection(raw, origin, refused, article_id, max_bytes=0)
        await send_acknowledged(_outputs, names, letter.messages)
        return letter


def _record(outcome: Outcome, published: float | None) -> None:
    """Counts a finished article; `published` is the raw record's Kafka timestamp in seconds."""
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
    if outcome.parse_cache is not None:
        metrics.record_parse_cache(outcome.parse_cache)
    if published:
        metrics.END_TO_END_LATENCY.observe(max(0.0, time.time() - published))


def _remember(event: faust.types.EventT, article: Article) -> None:
    """Marks the article as done in `seen_articles`, written to the changelog partition of its event.

    Faust takes that partition from the stream's current event, which `take_events` leaves
    unset inside the agent (faust-streaming issue 497), so it is set here for this write alone.
    """
    token = _current_event.set(weakref.ref(event))
    try:
        seen_articles[article.id] = article.version
    finally:
        _current_event.reset(token)


async def handle(events: Sequence[faust.types.EventT]) -> None:
    """Settles a batch of raw messages; each is recorded as soon as its messages are acknowledged.

    A second copy of an article within the batch is prepared only after the first is
    recorded, so it is skipped as a duplicate exactly as it would be one message at a time.
    """
    while events:
        prepared = [_prepare(e.message.value, _origin(e.message)) for e in events]
        cut = _repeat_at(prepared)
        await _settle(events[:cut], prepared[:cut])
        events = events[cut:]


async def _settle(events: Sequence[faust.types.EventT], prepared: Sequence[Job | Outcome | None]) -> None:
    """Enriches the jobs together, sends all outcomes at once (one wait for acks), records in order."""
    enriched = iter(await _enrich_jobs([p for p in prepared if isinstance(p, Job)]))
    outcomes = [next(enriched) if isinstance(p, Job) else p for p in prepared]
    delivered = iter(await asyncio.gather(*(
        _deliver(o, e.message.value, _origin(e.message)) for e, o in zip(events, outcomes, strict=True) if o
    )))
    for event, outcome in zip(events, outcomes, strict=True):
        if outcome is None:
            metrics.DUPLICATES_SKIPPED.inc()
        else:
            outcome = next(delivered)
            if outcome.article is not None:
                _remember(event, outcome.article)
            _record(outcome, event.message.timestamp)
        metrics.IN_FLIGHT.dec()


@app.agent(raw_articles, name="enrich-articles")
async def enrich_articles(stream: faust.StreamT) -> None:
    """Takes what has arrived, up to a batch; Faust acks the batch's events after this loop body.

    Only records that follow on from the last one of their partition are handled (`_gate`); a
    record after a gap is left, the consumer seeks back, and it comes again in order.
    """
    async for batch in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN):
        events = await _gate.admit(batch)
        metrics.ARTICLES_CONSUMED.inc(len(events))
        metrics.IN_FLIGHT.inc(len(events))
        done = False
        try:
            await handle(events)
            done = True
        finally:
            _gate.settled(events, done)


@app.task
async def start_monitoring() -> None:
    """Serves /metrics first (a worker stuck starting is then visible), then loads the model.

    `newswire_worker_info` appears only once the model is loaded: it doubles as readiness.
    """
    metrics.initialise(STAGES)
    if settings.metrics_port:
        serve_metrics(settings.metrics_host, settings.metrics_port)
    model = await _pool.ready()
    metrics.WORKER_INFO.info({
        "version": __version__,
        "model": model,
        "broker_kind": "embedded" if settings.embedded else "kafka",
    })


@app.on_before_shutdown.connect
async def stop_enrichment(app: faust.App, **kwargs: object) -> None:
    """Runs once Faust has drained the consumer: what is queued goes out, then the child stops.

    An article the child was still enriching has no committed offset, so it is redelivered.
    """
    del app, kwargs
    await _outputs.stop()
    await stop_probes()
    _pool.close()


@app.timer(interval=5.0)
async def sample_consumer_lag() -> None:
    """Lag = fetch high-watermark − committed position, for the raw topic's partitions held here.

    The high-watermark comes from fetch responses (the embedded broker's ListOffsets is
    wrong). The position is the last commit, not the fetch position: Faust prefetches
    thousands of messages ahead of the agent, so the fetch position would hide a backlog.
    Faust forgets commits at each rebalance; until the next one the fetch position stands in.
    """
    consumer = app.consumer
    committed = app.monitor.tp_committed_offsets
    lags: dict[tuple[str, int], int] = {}
    for tp in consumer.assignment():
        if tp.topic != raw_articles.get_topic_name():
            continue
        try:
            highwater = consumer.highwater(tp)
            position = committed.get(tp)
            if position is None:
                position = await consumer.position(tp)
        except (KafkaError, AssertionError):  # revoked by a rebalance since assignment() was read
            continue
        if highwater is not None and position is not None:
            lags[(tp.topic, tp.partition)] = highwater - position
    metrics.set_consumer_lag(lags)


_broker_watch: BrokerWatch | None = None


@app.timer(interval=5.0)
async def watch_broker() -> None:
    """See `streams.pipeline.broker_watch`; set up on first use so importing needs no broker."""
    global _broker_watch
    if _broker_watch is None:
        _broker_watch = BrokerWatch(settings.bootstrap, settings.security)
        thin_client_logs()
    await _broker_watch.check()

