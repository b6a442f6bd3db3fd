"""Real processes for integration tests: the embedded broker, workers, a producer and a consumer.

One fixture per external process, unique topic prefixes and app ids per test (the
embedded broker keeps topics for its lifetime), and explicit deadlines instead of sleeps.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams.broker.embedded import free_port
from streams.topics import TopicNames

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class WorkerProcess:
    """`newswire worker` as a child process, with its own log file and metrics port."""

    bootstrap: str
    prefix: str
    app_id: str
    log_path: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    metrics_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        env = {
            **os.environ,
            "NEWSWIRE_BROKER": f"kafka://{self.bootstrap}",
            "NEWSWIRE_TOPIC_PREFIX": self.prefix,
            "NEWSWIRE_APP_ID": self.app_id,
            "NEWSWIRE_METRICS_ADDR": f"127.0.0.1:{self.metrics_port}",
            "NEWSWIRE_BROKER_KIND": "embedded",
            "PYTHONPATH": str(ROOT),
            "NEWSWIRE_STATE_DIR": str(self.log_path.parent),
            **self.extra_env,
        }
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streams", "worker", "--loglevel", "info"],
            env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=ROOT,
        )
        log.close()
        return self

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}/metrics"

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 30.0) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


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
