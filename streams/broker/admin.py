"""Creates the topics with a fixed partition count before any worker starts.

Relying on auto-creation would give Kafka 1 partition and the embedded broker 4; explicit
creation makes both the same and keeps one article's events on one partition per topic.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from streams.config import KafkaSecurity

log = logging.getLogger(__name__)


async def ensure_topics(
    bootstrap: str, names: Iterable[str], partitions: int, security: KafkaSecurity | None = None,
    attempts: int = 30,
) -> None:
    names = list(names)
    kwargs = (security or KafkaSecurity()).aiokafka_kwargs()
    for attempt in range(1, attempts + 1):
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
        except KafkaConnectionError as exc:
            if attempt == attempts:
                raise
            delay = min(0.2 * 2**attempt, 5.0)
            log.warning("broker %s not reachable (%s); retrying in %.1fs", bootstrap, exc, delay)
            await asyncio.sleep(delay)
        finally:
            await admin.close()
