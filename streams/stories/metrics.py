"""The stories feature's metrics, declared once (the worker's /metrics serves the default registry).

Labels stay bounded: `from`/`to` are story statuses. Invariant per worker over time:
stories created + mentions merged = meeting mentions accepted (re-deliveries count in neither).
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge

NAMESPACE = "newswire"

STORIES_OPEN = Gauge(
    "stories_open", "Stories held in this worker's stories table (its assigned partitions).", namespace=NAMESPACE
)
STORIES_CREATED = Counter("stories_created", "Meeting mentions that started a new story.", namespace=NAMESPACE)
MENTIONS_MERGED = Counter(
    "story_mentions_merged", "Meeting mentions merged into an existing story.", namespace=NAMESPACE
)
STATUS_TRANSITIONS = Counter(
    "story_status_transitions", "Story status changes (planned → held, planned → cancelled).", ["from", "to"],
    namespace=NAMESPACE,
)
MENTIONS_SKIPPED = Counter(
    "story_mentions_skipped",
    "Meeting events not clustered, or their story not published, by reason "
    "(duplicate, invalid, no_participants, undeliverable).",
    ["reason"], namespace=NAMESPACE,
)

# Every known label value exists from the start at 0 (as the pipeline's metrics do), so the dashboard's
# rates show 0 rather than nothing before the first transition or skip.
for _reason in ("duplicate", "invalid", "no_participants", "undeliverable"):
    MENTIONS_SKIPPED.labels(_reason)
for _final in ("held", "cancelled"):
    STATUS_TRANSITIONS.labels("planned", _final)
