"""Creates the topics with a fixed partition count before any worker starts.

Relying on auto-creation would give Kafka 1 partition and the embedded broker 4; explicit
creation makes both the same and keeps one article's events on one partition per topic.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Callable, Iterable

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, KafkaTimeoutError, TopicAlreadyExistsError

from streams.config import KafkaSecurity

log = logging.getLogger(__name__)


RetryHook = Callable[[int, float, Exception], None]
MAX_DELAY = 5.0


def is_transient(exc: Exception) -> bool:
    """Worth waiting for: the broker is not (yet) there or not ready. Anything else is a real error."""
    return isinstance(exc, (KafkaConnectionError, KafkaTimeoutError, OSError)) or getattr(exc, "retriable", False)


async def ensure_topics(
    bootstrap: str, names: Iterable[str], partitions: int, security: KafkaSecurity | None = None,
    attempts: int | None = 30, on_retry: RetryHook | None = None,
) -> None:
    """Creates the missing topics, waiting for the broker with capped backoff.

    `attempts=None` waits until the caller is cancelled: a worker may well start before its
    broker, and giving up would only hand the problem to a restart loop. `on_retry(attempt,
    delay, exc)` replaces the default log line.
    """
    names = list(names)
    kwargs = (security or KafkaSecurity()).aiokafka_kwargs()
    for attempt in itertools.count(1):
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **kwargs)
        try:
            await admin.start()
            existing = set(await admin.list_topics())
            missing = [n for n in names if n not in existing]
            if missing:
                with contextlib.suppress(TopicAlreadyExistsError):  # another worker was faster
                    await admin.create_topics(
                        [NewTopic(n, num_partitions=partitions, replication_factor=1) for n in missing]
                    )
                log.info("created topics %s with %d partitions", missing, partitions)
            return
        except (KafkaError, OSError) as exc:
            if not is_transient(exc) or (attempts is not None and attempt >= attempts):
                raise
            delay = min(0.2 * 2**attempt, MAX_DELAY)
            if on_retry:
                on_retry(attempt, delay, exc)
            else:
                log.warning("broker %s not reachable (%s); retrying in %.1fs", bootstrap, exc, delay)
            await asyncio.sleep(delay)
        finally:
            await admin.close()


# The embedded broker (Tansu) names its cluster this way in every Metadata answer (measured: "tansu_cluster",
# node id 111); Kafka's cluster ids are random base64 strings.
EMBEDDED_CLUSTER_PREFIX = "tansu"


async def broker_kind(bootstrap: str, security: KafkaSecurity | None = None) -> str:
    """`embedded` if the broker that answers is the embedded one, else `kafka`, from its cluster id.

    The worker needs to know: the embedded broker recovers tables exactly only with one message
    per producer batch and answers fetches only after the full fetch wait (docs/reliability.md).
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **(security or KafkaSecurity()).aiokafka_kwargs())
    try:
        await admin.start()
        cluster_id = str((await admin.describe_cluster()).get("cluster_id") or "")
    finally:
        await admin.close()
    return "embedded" if cluster_id.startswith(EMBEDDED_CLUSTER_PREFIX) else "kafka"
