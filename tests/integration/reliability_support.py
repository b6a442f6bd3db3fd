"""What the reliability tests share: sample-based articles, a live view of the output topics,
/metrics over HTTP with the accounting invariant, and process CPU time.

Everything waits on a condition with a deadline; nothing sleeps for a fixed time to let
something happen.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer
from prometheus_client.parser import text_string_to_metric_families

from streams.topics import DEADLETTER, ENRICHED, TopicNames
from tests.integration.harness import ROOT, Record, WorkerProcess

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples"


def sample_articles(count: int, tag: str) -> list[dict]:
    """`count` articles cycled from the team's samples, each with its own id."""
    samples = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.json"))]
    return [{**samples[i % len(samples)], "id": f"{tag}-{i:03d}-{samples[i % len(samples)]['id']}"}
            for i in range(count)]


def messages_of(articles: list[dict]) -> list[tuple[bytes, bytes]]:
    return [(a["id"].encode(), orjson.dumps(a)) for a in articles]


@dataclass
class Topics:
    """One consumer from the beginning of the given topics, kept open for a whole test."""

    bootstrap: str
    names: TopicNames
    bases: list[str]
    records: list[Record] = field(default_factory=list)
    consumer: AIOKafkaConsumer | None = None

    async def __aenter__(self) -> Topics:
        self.consumer = AIOKafkaConsumer(*[self.names(b) for b in self.bases], bootstrap_servers=self.bootstrap,
                                         group_id=None, auto_offset_reset="earliest", enable_auto_commit=False)
        await self.consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.consumer is not None
        await self.consumer.stop()

    async def poll(self) -> None:
        assert self.consumer is not None
        for tp, msgs in (await self.consumer.getmany(timeout_ms=300)).items():
            self.records.extend(Record(tp.topic, tp.partition, m.offset, m.timestamp / 1000.0, m.key, m.value,
                                     dict(m.headers or ())) for m in msgs)

    async def until(self, done: Callable[[], bool], timeout: float, *alive: WorkerProcess) -> None:
        """Polls until `done()`; fails early, with the log, if a worker that must live has died; on a timeout,
        with the end of the live workers' logs (a stall shows there: the assignment watch's re-join line and
        the consumer state it logs)."""
        deadline = time.monotonic() + timeout
        while not done():
            for worker in alive:
                assert worker.alive(), f"worker died:\n{worker.log()[-4000:]}"
            if time.monotonic() > deadline:
                logs = "\n".join(f"--- {w.log_path.name}:\n{w.log()[-4000:]}" for w in alive)
                raise TimeoutError(f"condition not met within {timeout:.0f}s; {len(self.records)} records seen\n{logs}")
            await self.poll()

    def of(self, base: str) -> list[Record]:
        return [r for r in self.records if r.topic == self.names(base)]

    def enriched_by_id(self) -> dict[str, list[dict]]:
        found: dict[str, list[dict]] = defaultdict(list)
        for r in self.of(ENRICHED):
            found[r.key.decode()].append(r.json())
        return found

    def dead_letters(self) -> list[dict]:
        return [r.json() for r in self.of(DEADLETTER)]


def event_ids(enriched: dict) -> tuple:
    """Every event id an enriched article carries, in order: equal for a repeat of the same version."""
    return (tuple(e["event_id"] for e in enriched["meetings"]), tuple(e["event_id"] for e in enriched["statements"]),
            enriched["sentiment"]["event_id"])


async def until_enriched(worker: WorkerProcess, count: int, timeout: float) -> None:
    """Until this very process has enriched `count` articles (its own /metrics, not the topics)."""
    deadline = time.monotonic() + timeout
    while True:
        assert worker.alive(), f"worker died:\n{worker.log()[-4000:]}"
        try:
            if scrape(worker)["newswire_articles_enriched_total"] >= count:
                return
        except OSError:  # not serving yet
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"the worker did not enrich {count} articles within {timeout:.0f}s")
        await asyncio.sleep(0.2)


def scrape(worker: WorkerProcess) -> dict[str, float]:
    """Sample name (labels summed) → value, from the worker's /metrics over HTTP."""
    with urllib.request.urlopen(worker.metrics_url, timeout=5) as response:
        text = response.read().decode()
    totals: dict[str, float] = defaultdict(float)
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            totals[sample.name] += sample.value
            for label, value in sample.labels.items():
                totals[f"{sample.name}{{{label}={value}}}"] += sample.value
    return totals


@dataclass(frozen=True)
class Accounts:
    consumed: int
    enriched: int
    dead_letters: int
    duplicates: int
    metrics: dict[str, float] = field(repr=False)


def settled_accounts(worker: WorkerProcess, timeout: float = 60.0, consumed: int = 0) -> Accounts:
    """Waits for nothing in flight and at least `consumed` articles consumed, then checks consumed =
    enriched + dead-lettered + duplicates.

    A worker started last may not serve /metrics yet (others may have done all the work), so
    connection errors are waited out too. Nothing in flight is not yet all done: articles keyed to
    another partition may still be unfetched (a re-delivery after the enrichments a test waited for),
    so a test that knows how many it sent says so.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            m = scrape(worker)
        except OSError:
            assert time.monotonic() < deadline, f"the worker never served /metrics:\n{worker.log()[-4000:]}"
            time.sleep(0.2)
            continue
        accounts = Accounts(int(m["newswire_articles_consumed_total"]), int(m["newswire_articles_enriched_total"]),
                            int(m["newswire_dead_letters_total"]), int(m["newswire_duplicates_skipped_total"]), m)
        if (m["newswire_articles_in_flight"] == 0 and accounts.consumed >= consumed) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert m["newswire_articles_in_flight"] == 0, accounts
    assert accounts.consumed == accounts.enriched + accounts.dead_letters + accounts.duplicates, accounts
    return accounts


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for_log(worker: WorkerProcess, text: str, timeout: float, count: int = 1) -> None:
    deadline = time.monotonic() + timeout
    while worker.log().count(text) < count:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{text!r} not logged {count}x within {timeout:.0f}s:\n{worker.log()[-4000:]}")
        time.sleep(0.2)


def audit(bootstrap: str, prefix: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`newswire audit` over the last 30 minutes of a test's topics (add e.g. "--grace", "0", "--json")."""
    return subprocess.run([sys.executable, "-m", "streams", "audit", "--since", "30", *args],
                          env={**os.environ, "NEWSWIRE_BROKER": f"kafka://{bootstrap}",
                               "NEWSWIRE_TOPIC_PREFIX": prefix, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, cwd=ROOT, timeout=180)


def audit_report(bootstrap: str, prefix: str) -> dict:
    """Every article published so far judged (grace 0); fails unless the command agrees with its exit code."""
    result = audit(bootstrap, prefix, "--grace", "0", "--json")
    report = json.loads(result.stdout)
    assert result.returncode == (1 if report["unaccounted"] else 0), result.stderr
    return report
