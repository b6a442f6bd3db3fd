"""The producer of the worker's output topics: an ordinary aiokafka producer, apart from Faust's.

On the embedded broker Faust's producer must put one message in each batch
(`producer_max_batch_size=1` in `streams.app`), or recovering a table from its changelog
is inexact. Through that producer an article's dozen or so event messages went out as a
dozen round trips, one after another: a fifth of the worker's time in the benchmark, with
the enrichment process idle meanwhile. The output topics need no such care, so they get a
producer that batches whatever queues up while a request is in flight. Same guarantees as
Faust's producer: `acks="all"`, the same request size limit, the same credentials.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError

from streams.broker import clients
from streams.config import KafkaSecurity

# Faust's default `producer_max_request_size`; `Limits.max_output_bytes` keeps every message below it.
MAX_REQUEST_BYTES = 1_000_000


class OutputProducer:
    """Started on first use (importing the app needs no broker), stopped once at worker shutdown.

    `send` has the signature of Faust's producer, so `send_acknowledged` takes either.
    """

    def __init__(self, bootstrap: str, security: KafkaSecurity) -> None:
        self.bootstrap = bootstrap
        self.security = security
        self._producer: AIOKafkaProducer | None = None
        self._lock = asyncio.Lock()
        self._closed = False

    async def _started(self) -> AIOKafkaProducer:
        async with self._lock:
            if self._closed:
                raise KafkaConnectionError("the output producer is stopped: the worker is shutting down")
            if self._producer is None:
                producer = clients.producer(self.bootstrap, self.security, linger_ms=0,
                                            max_request_size=MAX_REQUEST_BYTES)
                try:
                    await producer.start()
                except BaseException:
                    await producer.stop()
                    raise
                self._producer = producer
            return self._producer

    async def send(self, topic: str, key: bytes | None, value: bytes, partition: int | None,
                   timestamp: float | None, headers: Any) -> Awaitable[Any]:
        """Queues the message; the returned future resolves when the broker acknowledges it."""
        producer = await self._started()
        timestamp_ms = int(timestamp * 1000) if timestamp is not None else None
        return await producer.send(topic, value, key=key, partition=partition, timestamp_ms=timestamp_ms,
                                   headers=headers)

    async def stop(self) -> None:
        """Sends what is queued and stops; later sends fail (and are retried until the agent is stopped)."""
        async with self._lock:
            self._closed = True
            producer, self._producer = self._producer, None
        if producer is not None:
            await producer.stop()
