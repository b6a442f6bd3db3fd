"""Producing an article's messages and waiting for the broker's acknowledgement.

The agent returns (and Faust may commit the input offset) only after every message of the
article is acknowledged: that is the at-least-once promise. Broker trouble is retried with
capped backoff instead of crashing the agent; event ids make the repeats harmless.

Only a refusal of the message itself (too large for the client or the broker) is final:
retrying it would stall the partition forever, so it is raised as `Undeliverable` for the
agent to dead-letter. Every other error (connection, leadership, authorisation, timeouts)
is retried, because giving up on those would lose the article.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Sequence
from typing import Any, Protocol

from aiokafka.errors import KafkaError, MessageSizeTooLargeError, RecordListTooLargeError
from faust.exceptions import ProducerSendError

from streams.events.outgoing import Outgoing
from streams.monitoring import metrics
from streams.topics import TopicNames

log = logging.getLogger(__name__)

MAX_BACKOFF = 10.0
REFUSED = (MessageSizeTooLargeError, RecordListTooLargeError)


class Undeliverable(Exception):
    """The client or broker refused these messages for good; retrying cannot help."""


def backoff(attempt: int, base: float = 0.5, cap: float = MAX_BACKOFF) -> float:
    return min(base * 2 ** min(attempt, 10), cap)


class Producer(Protocol):
    """Faust's producer, or `streams.pipeline.output.OutputProducer`: `send` returns the ack's future."""

    async def send(self, topic: str, key: bytes | None, value: bytes, partition: int | None,
                   timestamp: float | None, headers: Any) -> Awaitable[Any]: ...


async def send_acknowledged(producer: Producer, names: TopicNames, messages: Sequence[Outgoing]) -> None:
    attempt = 0
    while True:
        try:
            futures = [
                await producer.send(names(m.topic), m.key, m.value, None, None, m.headers) for m in messages
            ]
            await asyncio.gather(*futures)
        except (KafkaError, ProducerSendError, OSError) as exc:
            cause = exc.__cause__ if isinstance(exc, ProducerSendError) and exc.__cause__ else exc
            if isinstance(cause, REFUSED):
                raise Undeliverable(f"{type(cause).__name__}: {cause}") from exc
            attempt += 1
            metrics.BROKER_ERRORS.labels("produce").inc()
            delay = backoff(attempt)
            log.warning("producing %d messages failed (%s); retry %d in %.1fs", len(messages), exc, attempt, delay)
            await asyncio.sleep(delay)
            continue
        for m in messages:
            metrics.MESSAGES_PRODUCED.labels(m.topic).inc()
            metrics.PRODUCED_BYTES.labels(m.topic).inc(len(m.value))
        return
