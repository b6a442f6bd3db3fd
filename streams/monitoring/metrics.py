"""Every Newswire metric, declared once (Prometheus naming: newswire_<what>_<unit>[_total]).

Labels are bounded: event type, reason code, stage, topic and partition; never article ids.
The accounting invariant operators can check at any time:
    articles_consumed_total = articles_enriched_total + dead_letters_total + duplicates_skipped_total
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram, Info

NAMESPACE = "newswire"

# Stage timings of the core are milliseconds to a second on a 2-core machine.
STAGE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
# Publish → emit covers queueing behind other articles, so it reaches further.
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
COUNT_BUCKETS = (0, 1, 2, 3, 5, 8, 13, 21, 34)
SCORE_BUCKETS = (-1.0, -0.6, -0.3, -0.1, -0.05, 0.05, 0.1, 0.3, 0.6, 1.0)

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
    "messages_produced", "Messages produced, by output topic.", ["topic"], namespace=NAMESPACE
)
STAGE_DURATION = Histogram(
    "enrich_stage_duration_seconds", "Time spent in each enrichment stage.", ["stage"],
    namespace=NAMESPACE, buckets=STAGE_BUCKETS,
)
END_TO_END_LATENCY = Histogram(
    "end_to_end_latency_seconds", "From the article's Kafka timestamp to its events being acknowledged.",
    namespace=NAMESPACE, buckets=LATENCY_BUCKETS,
)
IN_FLIGHT = Gauge("articles_in_flight", "Articles read but not yet finished.", namespace=NAMESPACE)
CONSUMER_LAG = Gauge(
    "consumer_lag_messages", "High-watermark (from fetch responses) minus the consumer position.",
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
WORKER_INFO = Info("worker", "Version, spaCy model and broker kind of this worker.", namespace=NAMESPACE)
