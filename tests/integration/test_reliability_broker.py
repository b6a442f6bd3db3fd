"""Broker trouble: the worker waits, retries with backoff, says so, and stops cleanly on SIGTERM.

These tests use a broker of their own. The embedded broker does not survive a restart under
running clients (data written meanwhile may vanish), so after the broker comes back only the
worker's behaviour is checked: alive, not spinning, the right log lines and metrics, a clean
exit. The data is checked only while the first broker incarnation runs.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import time

import pytest

from streams.broker.embedded import EmbeddedBroker, free_port
from streams.topics import ENRICHED, RAW, TopicNames
from tests.integration.harness import WorkerProcess, produce, unique_names
from tests.integration.reliability_support import (
    Topics,
    cpu_seconds,
    messages_of,
    sample_articles,
    scrape,
    settled_accounts,
    wait_for_log,
)

pytestmark = pytest.mark.integration

WAITING = "waiting for the broker at"
# A worker that only retries must stay far below one core; spinning would show as ~1 CPU s per s.
MAX_CPU_SHARE = 0.5


def watch_cpu(worker: WorkerProcess, until_logged: str, timeout: float) -> float:
    """CPU share of the worker over five seconds once it has logged `until_logged`: the waiting itself, not the
    start-up before it (loading the model and the app costs seconds of CPU, which a window opened at the
    process's start counted as spinning on a loaded machine)."""
    assert worker.proc is not None
    wait_for_log(worker, until_logged, timeout)
    started, cpu = time.monotonic(), cpu_seconds(worker.proc.pid)
    while time.monotonic() - started < 5:
        assert worker.alive(), worker.log()[-3000:]
        time.sleep(0.5)
    return (cpu_seconds(worker.proc.pid) - cpu) / (time.monotonic() - started)


def stop_cleanly(worker: WorkerProcess) -> int:
    assert worker.proc is not None
    worker.proc.send_signal(signal.SIGTERM)
    try:
        return worker.proc.wait(30)
    except subprocess.TimeoutExpired:
        worker.kill()
        raise AssertionError(f"the worker ignored SIGTERM:\n{worker.log()[-3000:]}") from None


def test_worker_before_broker_then_broker_away_and_back(tmp_path):
    port = free_port()
    prefix, app_id = unique_names()
    names = TopicNames(prefix)
    worker = WorkerProcess(f"127.0.0.1:{port}", prefix, app_id, tmp_path / "worker.log").start()
    broker = EmbeddedBroker(port=port, log_path=tmp_path / "broker.log")
    try:
        # 1. No broker yet: the worker waits, says so, counts it, serves /metrics, does not spin.
        share = watch_cpu(worker, WAITING, 60)
        assert share < MAX_CPU_SHARE, f"CPU share {share:.2f} while waiting for the broker"
        assert scrape(worker)["newswire_broker_errors_total{operation=connect}"] >= 1

        # 2. The broker appears: the worker starts for real and processes an article.
        broker.start()
        article = sample_articles(1, "late")[0]

        async def one_article() -> None:
            await produce(broker.bootstrap, names(RAW), messages_of([article]))
            async with Topics(broker.bootstrap, names, [ENRICHED]) as seen:
                await seen.until(lambda: article["id"] in seen.enriched_by_id(), 180, worker)

        asyncio.run(one_article())
        assert settled_accounts(worker).enriched == 1

        # 3. The broker goes away: the worker stays up, says so once, counts, does not spin.
        broker.stop()
        share = watch_cpu(worker, "unreachable", 30)
        assert share < MAX_CPU_SHARE, f"CPU share {share:.2f} while the broker is away"
        metrics = scrape(worker)
        assert metrics["newswire_broker_errors_total{operation=connect}"] >= 2

        # 4. It comes back: the worker notices. (No data check: see the module docstring.)
        broker.start()
        wait_for_log(worker, "reachable again", 30)
        accounts = settled_accounts(worker)
        assert (accounts.consumed, accounts.enriched) == (1, 1)
        assert stop_cleanly(worker) == 0
        log = worker.log()
        print(f"\nbroker test: CPU share while the broker was away {share:.3f}; "
              f"broker errors {metrics['newswire_broker_errors_total']:.0f}; "
              f"worker log lines {log.count(chr(10))}")
        assert "Stopping" in log
    finally:
        worker.stop()
        broker.stop()


def test_sigterm_while_waiting_for_the_broker_exits_cleanly(tmp_path):
    prefix, app_id = unique_names()
    worker = WorkerProcess(f"127.0.0.1:{free_port()}", prefix, app_id, tmp_path / "worker.log").start()
    try:
        wait_for_log(worker, WAITING, 60)
        assert stop_cleanly(worker) == 0
        assert "stop requested while waiting for the broker" in worker.log()
    finally:
        worker.stop()
