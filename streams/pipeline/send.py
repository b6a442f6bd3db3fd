"""Producing an article's messages and waiting for the broker's acknowledgement.

The agent returns (and Faust may commit the input offset) only after every message of the
article is acknowledged: that is the at-least-once promise. Broker trouble is retried with
capped backoff instead of crashing the agent; event ids make the repeats harmless.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from aiokafka.errors import KafkaError

from streams.events.outgoing import Outgoing
from streams.monitoring import metrics
from streams.topics import TopicNames

log = logging.getLogger(__name__)

MAX_BACKOFF = 10.0


async def send_acknowledged(app, names: TopicNames, messages: Sequence[Outgoing]) -> None:
    attempt = 0
    while True:
        try:
            futures = [
                await app.producer.send(names(m.topic), m.key, m.value, None, None, m.headers) for m in messages
            ]
            await asyncio.gather(*futures)
        except (KafkaError, OSError) as exc:
            attempt += 1
            metrics.BROKER_ERRORS.labels("produce").inc()
            delay = min(0.5 * 2 ** min(attempt, 6), MAX_BACKOFF)
            log.warning("producing %d messages failed (%s); retry %d in %.1fs", len(messages), exc, attempt, delay)
            await asyncio.sleep(delay)
            continue
        for m in messages:
            metrics.MESSAGES_PRODUCED.labels(m.topic).inc()
        return
