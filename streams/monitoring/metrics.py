"""Every Newswire metric, declared once (Prometheus naming: newswire_<what>_<unit>[_total]).

Base units only (seconds, bytes), so dashboards never guess a scale. Labels are bounded
sets known in advance (event type, dead-letter reason, stage, topic, partition), never
article ids; `initialise` creates every known label value at 0 so a rate or ratio over a
reason that has not happened yet is 0 rather than missing.

The accounting invariant operators can check at any time, per worker:
    consumed_total = enriched_total + dead_letters_total + duplicates_skipped_total + in_flight
A gap that stays means an article was read and then neither finished nor rejected.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from prometheus_client import Counter, Gauge, Histogram, Info, disable_created_metrics

from streams import schemas, topics
from streams.enrich.speedups.parse_cache import CacheUse

NAMESPACE = "newswire"

# `*_created` timestamps double the series count and no panel or alert uses them.
disable_created_metrics()

# Measured per stage on a 2-core machine: parse 50–250 ms, the extractors 0.5–20 ms, the first
# article of a process up to ~0.5 s; the enrichment timeout caps everything at 30 s.
STAGE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5,
                 5.0, 10.0, 30.0)
# Publish → acknowledged events: ~0.2 s per article when idle, plus queueing behind a backlog.
# The p99 objective (alerts.yml) must stay a bucket boundary or the quantile is interpolated.
LATENCY_OBJECTIVE_SECONDS = 10.0
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, LATENCY_OBJECTIVE_SECONDS, 20.0, 30.0, 60.0, 120.0,
                   300.0)
COUNT_BUCKETS = (0, 1, 2, 3, 5, 8, 13, 21, 34, 55)
SCORE_BUCKETS = (-0.6, -0.3, -0.1, -0.05, 0.05, 0.1, 0.3, 0.6, 1.0)

ARTICLES_CONSUMED = Counter(
    "articles_consumed", "Raw messages read from the articles topic.", namespace=NAMESPACE
)
ARTICLES_ENRICHED = Counter(
    "articles_enriched", "Articles whose events were produced and acknowledged.", namespace=NAMESPACE
)
DEAD_LETTERS = Counter(
    "dead_letters", "Messages sent to the dead-letter topic, by reason code.", ["reason"], namespace=NAMESPACE
)
DUPLICATES_SKIPPED = Counter(
    "duplicates_skipped", "Re-delivered articles (same id and text) skipped.", namespace=NAMESPACE
)
EVENTS_EMITTED = Counter(
    "events_emitted", "Events produced, by event type.", ["type"], namespace=NAMESPACE
)
MESSAGES_PRODUCED = Counter(
    "messages_produced", "Messages produced and acknowledged, by output topic.", ["topic"], namespace=NAMESPACE
)
PRODUCED_BYTES = Counter(
    "produced_bytes", "Bytes of message values produced and acknowledged, by output topic.", ["topic"],
    namespace=NAMESPACE,
)
STAGE_DURATION = Histogram(
    "enrich_stage_duration_seconds", "Time spent in each enrichment stage.", ["stage"],
    namespace=NAMESPACE, buckets=STAGE_BUCKETS,
)
END_TO_END_LATENCY = Histogram(
    "end_to_end_latency_seconds",
    "From the article's publish time on the raw topic (Kafka record timestamp) to its events being acknowledged.",
    namespace=NAMESPACE, buckets=LATENCY_BUCKETS,
)
IN_FLIGHT = Gauge("articles_in_flight", "Articles read but not yet finished.", namespace=NAMESPACE)
CONSUMER_LAG = Gauge(
    "consumer_lag_messages",
    "Fetch high-watermark minus the committed position, per assigned partition of the articles topic.",
    ["topic", "partition"], namespace=NAMESPACE,
)
STATEMENTS_PER_ARTICLE = Histogram(
    "statements_per_article", "Statements found per article.", namespace=NAMESPACE, buckets=COUNT_BUCKETS
)
MEETINGS_PER_ARTICLE = Histogram(
    "meetings_per_article", "Meetings found per article.", namespace=NAMESPACE, buckets=COUNT_BUCKETS
)
SENTIMENT_SCORE = Histogram(
    "article_sentiment_score", "Article sentiment scores in [-1, 1].", namespace=NAMESPACE, buckets=SCORE_BUCKETS
)
BROKER_ERRORS = Counter(
    "broker_errors", "Errors talking to the broker, by operation.", ["operation"], namespace=NAMESPACE
)
ENRICHMENT_RESTARTS = Counter(
    "enrichment_restarts",
    "Enrichment child processes replaced, by why: `timeout` (killed at NEWSWIRE_ENRICH_TIMEOUT), `died` "
    "(ended on its own, e.g. out of memory), `start_failed` (could not load the model).",
    ["reason"], namespace=NAMESPACE,
)
RESTART_REASONS = ("timeout", "died", "start_failed")
BROKER_OPERATIONS = ("produce", "connect")
ORPHANED_PARTITION_REJOINS = Counter(
    "orphaned_partition_rejoins",
    "Consumer-group re-joins this worker forced because articles.raw partitions had a backlog nobody "
    "consumed (see streams.pipeline.assignment_watch).",
    namespace=NAMESPACE,
)
PARSE_CACHE_HITS = Counter(
    "parse_cache_hits",
    "Paragraphs whose parse the enrichment process reused (seen before: an updated or syndicated article).",
    namespace=NAMESPACE,
)
PARSE_CACHE_MISSES = Counter(
    "parse_cache_misses", "Paragraphs the model parsed because the parse cache did not hold them.",
    namespace=NAMESPACE,
)
PARSE_CACHE_SAVED = Counter(
    "parse_cache_saved_seconds",
    "Parse time the reused paragraphs had cost when they were first parsed: what the cache saved.",
    namespace=NAMESPACE,
)
PARSE_CACHE_BYTES = Gauge(
    "parse_cache_bytes",
    "Memory the enrichment process's parse cache holds (estimated), as of the last article; at most "
    "NEWSWIRE_PARSE_CACHE_MB.",
    namespace=NAMESPACE,
)
OFFSET_GAPS = Counter(
    "offset_gaps",
    "Times a partition delivered a record while earlier ones had never arrived (records dropped by the client "
    "around a rebalance); the worker seeks back to the first missing one (see streams.pipeline.offset_gate).",
    ["topic"], namespace=NAMESPACE,
)
TABLE_RECOVERY_RESETS = Counter(
    "table_recovery_resets",
    "Table changelog partitions recovered from their start because the table had applied offsets beyond the "
    "changelog's high-watermark (Faust would crash with ConsistencyError; see streams.pipeline.table_recovery).",
    ["topic"], namespace=NAMESPACE,
)
AUDIT_UNACCOUNTED = Gauge(
    "audit_unaccounted_articles",
    "Articles on articles.raw published within the audit window and over its grace period ago that have neither "
    "an enriched article nor a dead letter (the group leader's last audit; 0 on the other workers).",
    namespace=NAMESPACE,
)
WORKER_INFO = Info(
    "worker", "Version, spaCy model and broker kind; present once the worker has loaded its model.",
    namespace=NAMESPACE,
)

_lag_series: set[tuple[str, str]] = set()


def record_parse_cache(use: CacheUse) -> None:
    """One article's use of the parse cache, as the enrichment process reported it with the article."""
    PARSE_CACHE_HITS.inc(use.hits)
    PARSE_CACHE_MISSES.inc(use.misses)
    PARSE_CACHE_SAVED.inc(use.saved_seconds)
    PARSE_CACHE_BYTES.set(use.cache_bytes)


def dead_letter_reasons() -> list[str]:
    """The reason codes the dead-letter contract allows: the label's whole value set."""
    return list(schemas.schema(schemas.ARTICLE_DEADLETTER)["properties"]["reason"]["enum"])


def initialise(stages: Iterable[str]) -> None:
    """Creates every known label value at 0 (see the module docstring for why)."""
    for reason in dead_letter_reasons():
        DEAD_LETTERS.labels(reason)
    for event_type in topics.EVENT_TOPICS:
        EVENTS_EMITTED.labels(event_type)
    for topic in (*topics.OUTPUTS, topics.STORY_MENTIONS, topics.STORIES):
        MESSAGES_PRODUCED.labels(topic)
        PRODUCED_BYTES.labels(topic)
    for stage in stages:
        STAGE_DURATION.labels(stage)
    for operation in BROKER_OPERATIONS:
        BROKER_ERRORS.labels(operation)
    for reason in RESTART_REASONS:
        ENRICHMENT_RESTARTS.labels(reason)


def set_consumer_lag(lags: Mapping[tuple[str, int], int]) -> None:
    """Publishes this sample's lags and drops partitions no longer assigned here.

    Without the drop, a partition moved to another worker by a rebalance would keep
    reporting its last lag from this worker forever.
    """
    current = {(topic, str(partition)) for topic, partition in lags}
    for stale in _lag_series - current:
        CONSUMER_LAG.remove(*stale)
    for (topic, partition), lag in lags.items():
        CONSUMER_LAG.labels(topic, str(partition)).set(max(0, lag))
    _lag_series.clear()
    _lag_series.update(current)
