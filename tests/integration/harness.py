"""Real processes for integration tests: the embedded broker, workers, a producer and a consumer.

One fixture per external process, unique topic prefixes and app ids per test (the
embedded broker keeps topics for its lifetime), and explicit deadlines instead of sleeps.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams.bench.workers import WorkerProcess  # noqa: F401 (the tests import it from here)
from streams.topics import TopicNames

ROOT = Path(__file__).resolve().parents[2]


def unique_names() -> tuple[str, str]:
    tag = uuid.uuid4().hex[:8]
    return f"t{tag}.", f"newswire-test-{tag}"


async def produce(bootstrap: str, topic: str, messages: Iterable[tuple[bytes | None, bytes | None]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        futures = [await producer.send(topic, value, key=key) for key, value in messages]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


@dataclass
class Record:
    """One consumed message, with where it was read (partition, offset, broker timestamp in seconds)."""

    topic: str
    partition: int
    offset: int
    timestamp: float
    key: bytes | None
    value: bytes
    headers: dict[str, bytes]

    def json(self) -> dict:
        return orjson.loads(self.value)


async def consume_until(
    bootstrap: str, topics: list[str], done: Callable[[list[Record]], bool], timeout: float,
    on_idle: Callable[[], None] | None = None,
) -> list[Record]:
    """Reads from the beginning (the embedded broker's end offsets are wrong) until `done` or timeout."""
    consumer = AIOKafkaConsumer(*topics, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest",
                                enable_auto_commit=False)
    await consumer.start()
    records: list[Record] = []
    deadline = time.monotonic() + timeout
    try:
        while not done(records):
            if time.monotonic() > deadline:
                raise TimeoutError(f"condition not met within {timeout:.0f}s; got {len(records)} records")
            batch = await consumer.getmany(timeout_ms=500)
            if not batch and on_idle:
                on_idle()
            for tp, msgs in batch.items():
                records.extend(
                    Record(tp.topic, tp.partition, m.offset, m.timestamp / 1000.0, m.key, m.value,
                           dict(m.headers or ()))
                    for m in msgs
                )
    finally:
        await consumer.stop()
    return records


def by_topic(records: list[Record], names: TopicNames, base: str) -> list[Record]:
    return [r for r in records if r.topic == names(base)]
