"""The Kafka side: what the broker itself allows, and the full pipeline with real workers.

The workers run with the parse cache off: every burst re-sends the same corpus under new ids,
and a cache would serve the second burst from memory. What the cache gains is measured offline
(`streams.bench.offline`), on the news stream.

Latency is measured end to end by a consumer in this process: from our own send time
(also written as the record's timestamp) to the arrival of the article's `articles.enriched`
message, the "article done" marker. Both clocks are this machine's wall clock.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer

from streams.bench.corpus import word_count
from streams.bench.measure import cpu_seconds_of, peak_rss_mb_of, percentile, rate, vm_hwm_mb
from streams.bench.workers import WorkerProcess
from streams.broker import clients
from streams.broker.admin import ensure_topics
from streams.topics import DEADLETTER, ENRICHED, RAW, TopicNames

PARTITIONS = 4
# The collector polls often: the broker may hold an empty fetch this long, which would count as latency.
FETCH_WAIT_MS = 20
WORKER_READY_TIMEOUT = 300.0
ENRICHED_METRIC = "newswire_articles_enriched_total"
WORKER_ENV = {"NEWSWIRE_PARSE_CACHE_MB": "0"}


def messages(articles: list[dict[str, Any]], tag: str) -> list[dict[str, Any]]:
    """The corpus under fresh ids, so every phase's articles are new to the workers' duplicate table."""
    return [{**a, "id": f"{tag}-{a['id']}"} for a in articles]


async def passthrough(bootstrap: str, articles: list[dict[str, Any]], timeout: float = 120.0) -> dict[str, Any]:
    """A bare aiokafka consume → produce loop over the same messages: the Kafka ceiling."""
    tag = uuid.uuid4().hex[:8]
    source, sink = f"bench{tag}.in", f"bench{tag}.out"
    await ensure_topics(bootstrap, [source, sink], PARTITIONS)
    producer = clients.producer(bootstrap)
    await producer.start()
    consumer = AIOKafkaConsumer(source, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest",
                                enable_auto_commit=False, fetch_max_wait_ms=FETCH_WAIT_MS)
    try:
        loaded = [await producer.send(source, orjson.dumps(a), key=a["id"].encode()) for a in articles]
        await asyncio.gather(*loaded)
        await consumer.start()
        started = time.perf_counter()
        deadline = started + timeout
        acks = []
        while len(acks) < len(articles):
            if time.perf_counter() > deadline:
                raise TimeoutError(f"pass-through moved {len(acks)}/{len(articles)} messages in {timeout:.0f}s")
            for msgs in (await consumer.getmany(timeout_ms=200)).values():
                acks.extend([await producer.send(sink, m.value, key=m.key) for m in msgs])
        await asyncio.gather(*acks)
        seconds = time.perf_counter() - started
    finally:
        await consumer.stop()
        await producer.stop()
    return {"messages": len(articles), "seconds": seconds, "messages_per_s": rate(len(articles), seconds)}


@dataclass
class Collector:
    """Notes when each article's `articles.enriched` (or dead letter) arrives, by key."""

    bootstrap: str
    names: TopicNames
    arrived: dict[str, float] = field(default_factory=dict)
    dead: set[str] = field(default_factory=set)
    _consumer: AIOKafkaConsumer | None = None
    _task: asyncio.Task | None = None

    async def start(self) -> None:
        self._consumer = AIOKafkaConsumer(
            self.names(ENRICHED), self.names(DEADLETTER), bootstrap_servers=self.bootstrap, group_id=None,
            auto_offset_reset="earliest", enable_auto_commit=False, fetch_max_wait_ms=FETCH_WAIT_MS,
        )
        await self._consumer.start()
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        assert self._consumer is not None
        while True:
            batch = await self._consumer.getmany(timeout_ms=200)
            now = time.time()
            for tp, msgs in batch.items():
                for m in msgs:
                    key = m.key.decode() if m.key else ""
                    self.arrived.setdefault(key, now)
                    if tp.topic == self.names(DEADLETTER):
                        self.dead.add(key)

    async def wait_for(self, keys: list[str], timeout: float, alive: list[WorkerProcess]) -> None:
        deadline = time.monotonic() + timeout
        while not all(k in self.arrived for k in keys):
            if time.monotonic() > deadline:
                done = sum(k in self.arrived for k in keys)
                raise TimeoutError(f"only {done}/{len(keys)} articles came out within {timeout:.0f}s")
            for w in alive:
                if not w.alive():
                    raise RuntimeError(f"a worker died; its log: {w.log_path}")
            await asyncio.sleep(0.05)

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        if self._consumer:
            await self._consumer.stop()


async def publish(bootstrap: str, topic: str, articles: list[dict[str, Any]],
                  per_second: float | None = None) -> dict[str, float]:
    """Sends the articles (paced at `per_second` if given); returns each article's send time."""
    producer = clients.producer(bootstrap)
    await producer.start()
    sent: dict[str, float] = {}
    try:
        started = time.time()
        acks = []
        for i, a in enumerate(articles):
            if per_second:
                delay = started + i / per_second - time.time()
                if delay > 0:
                    await asyncio.sleep(delay)
            sent[a["id"]] = now = time.time()
            acks.append(await producer.send(topic, orjson.dumps(a), key=a["id"].encode(), timestamp_ms=int(now * 1000)))
        await asyncio.gather(*acks)
    finally:
        await producer.stop()
    return sent


def enriched_count(worker: WorkerProcess) -> float:
    """The worker's own count of enriched articles, from its /metrics (0 while it starts)."""
    try:
        with urllib.request.urlopen(worker.metrics_url, timeout=2) as response:
            body = response.read().decode()
    except OSError:
        return 0.0
    for line in body.splitlines():
        if line.startswith(ENRICHED_METRIC + " "):
            return float(line.split()[1])
    return 0.0


class Pipeline:
    """Workers of one consumer group on fresh topics, plus the collector; `async with` stops all."""

    def __init__(self, bootstrap: str, log_dir: Path, warmup: list[dict[str, Any]]) -> None:
        tag = uuid.uuid4().hex[:8]
        self.bootstrap = bootstrap
        self.names = TopicNames(f"bench{tag}.")
        self.app_id = f"newswire-bench-{tag}"
        self.log_dir = log_dir
        self.warmup = warmup
        self.workers: list[WorkerProcess] = []
        self.collector = Collector(bootstrap, self.names)
        self._warm_round = 0

    async def __aenter__(self) -> Pipeline:
        await ensure_topics(self.bootstrap, self.names.all, PARTITIONS)
        await self.collector.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.collector.stop()
        for w in self.workers:
            w.stop()

    def _workers_cpu_seconds(self) -> float:
        return sum(cpu_seconds_of(w.proc.pid) or 0.0 for w in self.workers if w.proc)

    async def add_worker(self) -> WorkerProcess:
        """Starts one more worker and returns once every worker has enriched an article."""
        log = self.log_dir / f"{self.names.prefix}worker-{len(self.workers)}.log"
        worker = WorkerProcess(self.bootstrap, self.names.prefix, self.app_id, log, extra_env=WORKER_ENV).start()
        self.workers.append(worker)
        deadline = time.monotonic() + WORKER_READY_TIMEOUT
        while not all(enriched_count(w) > 0 for w in self.workers):
            if time.monotonic() > deadline:
                raise TimeoutError(f"workers not ready within {WORKER_READY_TIMEOUT:.0f}s; logs in {self.log_dir}")
            batch = messages(self.warmup, f"warm{self._warm_round}")
            self._warm_round += 1
            await publish(self.bootstrap, self.names(RAW), batch)
            try:
                await self.collector.wait_for([a["id"] for a in batch], 60, self.workers)
            except TimeoutError:
                continue  # a rebalance or a model still loading; send another round
        return worker

    async def run(self, articles: list[dict[str, Any]], tag: str, per_second: float | None,
                  timeout: float) -> dict[str, Any]:
        batch = messages(articles, tag)
        before = [enriched_count(w) for w in self.workers]
        cpu_before = self._workers_cpu_seconds()
        sent = await publish(self.bootstrap, self.names(RAW), batch, per_second)
        await self.collector.wait_for(list(sent), timeout, self.workers)
        cpu = self._workers_cpu_seconds() - cpu_before
        arrived = self.collector.arrived
        latencies = [arrived[k] - t for k, t in sent.items()]
        seconds = max(arrived[k] for k in sent) - min(sent.values())
        return {
            "workers": len(self.workers),
            "articles": len(batch),
            "words": sum(word_count(a["text"]) for a in batch),
            "offered_per_s": per_second,
            "seconds": seconds,
            "articles_per_s": rate(len(batch), seconds),
            "latency_s": {"p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
                          "p99": percentile(latencies, 99), "max": max(latencies)},
            "dead_letters": len(self.collector.dead & set(sent)),
            # The workers and their enrichment children, whatever share of the cores the machine left them.
            "workers_cpu_seconds": cpu,
            # How the group shared the work (a worker left without partitions shows as 0).
            "enriched_per_worker": [enriched_count(w) - b for w, b in zip(self.workers, before, strict=True)],
            "worker_peak_rss_mb": [peak_rss_mb_of(w.proc.pid) for w in self.workers if w.proc],
            # The worker's own process, without its enrichment child: add the child's peak with a full cache to it.
            "worker_parent_peak_rss_mb": [vm_hwm_mb(w.proc.pid) for w in self.workers if w.proc],
        }
