"""`newswire run`: the whole pipeline on one machine, for a first look or a demo."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import click

import streams
from streams.cli.common import (
    EXIT_RUNTIME,
    apply_settings,
    broker_for,
    embedded_broker_option,
    err,
    fail,
    prefix_option,
    uninterrupted,
)
from streams.cli.kafka import _publish, tail_topics
from streams.cli.worker_logs import READY_MARK
from streams.config import ConfigError, Settings, parse_hostport
from streams.topics import DEADLETTER, ENRICHED, EVENT_TOPICS, RAW, TopicNames

SAMPLES = Path(streams.__file__).parent / "samples"


def _start_worker(settings: Settings, metrics_addr: str, log_path: Path) -> subprocess.Popen[bytes]:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NEWSWIRE_BROKER": settings.broker or "", "NEWSWIRE_METRICS_ADDR": metrics_addr,
           "NEWSWIRE_TOPIC_PREFIX": settings.topic_prefix,
           "NEWSWIRE_BROKER_KIND": "embedded" if settings.embedded else "kafka"}
    with log_path.open("ab") as log:
        return subprocess.Popen([sys.executable, "-m", "streams", "worker"], env=env, stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


def _stop(proc: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class WorkerLog:
    """The worker's log from where this run's worker started writing (the file is appended to)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.start = path.stat().st_size if path.exists() else 0

    def text(self) -> str:
        with self.path.open("rb") as fh:
            fh.seek(self.start)
            return fh.read().decode("utf-8", "replace")

    def error_line(self) -> str:
        """The worker's own reason: its `error:` line, else the last line of a traceback or log."""
        lines = [line.strip() for line in self.text().splitlines() if line.strip()]
        said = [line for line in lines if line.startswith("error:")]
        return (said or lines or ["(nothing in its log)"])[-1]


class WorkerFailed(RuntimeError):
    def __init__(self, proc: subprocess.Popen[bytes], log: WorkerLog) -> None:
        super().__init__(f"the worker exited with code {proc.returncode}: {log.error_line()} (full log: {log.path})")


def _await_ready(proc: subprocess.Popen[bytes], log: WorkerLog, timeout: float | None) -> None:
    """Until the worker prints its ready line; its exit or silence past `timeout` is an error."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while READY_MARK not in log.text():
        if proc.poll() is not None:
            raise WorkerFailed(proc, log)
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError(f"the worker was not ready within {timeout:.0f}s; see {log.path}")
        time.sleep(0.2)


async def _watch(proc: subprocess.Popen[bytes], log: WorkerLog) -> None:
    while proc.poll() is None:
        await asyncio.sleep(0.5)
    raise WorkerFailed(proc, log)


async def _demo(settings: Settings, samples: str, as_json: bool, once: bool, timeout: float,
                proc: subprocess.Popen[bytes], log: WorkerLog) -> None:
    names = TopicNames(settings.topic_prefix)
    sent, _ = await _publish(settings, samples, names(RAW))
    err.print(f"[dim]published {sent} sample article(s) to {names(RAW)}; waiting for their events…[/]")
    done: set[str] = set()

    # Topics are read independently, so an article's enriched message can arrive before its events:
    # with --once, an article is done when its enriched message and all the events it lists were seen.
    expected: dict[str, int] = {}
    seen_events: Counter[str] = Counter()

    def finished(topic: str, value: dict) -> bool:
        if topic == ENRICHED:
            expected[value["article"]["id"]] = len(value["meetings"]) + len(value["statements"]) + 1
        elif topic == DEADLETTER:
            expected[value.get("article_id") or str(value["origin"].get("offset"))] = 0
        elif topic in EVENT_TOPICS.values():
            seen_events[value["article_id"]] += 1
        done.update(a for a, n in expected.items() if seen_events[a] >= n or not as_json)
        return once and len(done) >= sent

    # Readable mode shows one block per article from articles.enriched (which carries all its
    # events); JSON mode passes every message of every output topic through.
    shown = names.outputs if as_json else [names(ENRICHED), names(DEADLETTER)]
    tail = asyncio.create_task(tail_topics(settings, shown, as_json, None, None, finished, blocks=True))
    watch = asyncio.create_task(_watch(proc, log))
    finished_first, _ = await asyncio.wait({tail, watch}, timeout=timeout if once else None,
                                           return_when=asyncio.FIRST_COMPLETED)
    for task in (tail, watch):
        task.cancel()
    if not finished_first:
        raise TimeoutError(f"only {len(done)} of {sent} articles finished within {timeout:.0f}s; see {log.path}")
    for task in finished_first:
        task.result()


@click.command()
@embedded_broker_option
@prefix_option
@click.option("--samples", default=str(SAMPLES), show_default="bundled samples", metavar="PATH",
              help="Articles to publish (file or folder).")
@click.option("--metrics-addr", default="127.0.0.1:9108", show_default=True, metavar="HOST:PORT",
              help="Where the worker serves /metrics.")
@click.option("--json", "as_json", is_flag=True, help="Print events as JSON lines instead of readable lines.")
@click.option("--once", is_flag=True, help="Exit when every published article is done (else run until Ctrl-C).")
@click.option("--timeout", default=300.0, show_default=True, help="With --once: give up after this many seconds.")
def run(broker: str | None, topic_prefix: str, samples: str, metrics_addr: str, as_json: bool, once: bool,
        timeout: float) -> None:
    """Run everything: embedded broker, a worker, the sample articles, and their events as they arrive.

    With no --broker (and no NEWSWIRE_BROKER) a local broker is started and stopped with
    the command. Events print as readable lines (--json for JSON lines); Ctrl-C stops.

    Example: newswire run --once
    """
    settings = apply_settings(broker=broker, topic_prefix=topic_prefix)
    try:
        _, metrics_port = parse_hostport(metrics_addr, "--metrics-addr")
    except ConfigError as exc:
        fail(str(exc))
    with broker_for(settings) as settings:
        from streams.broker.admin import ensure_topics

        names = TopicNames(settings.topic_prefix)
        asyncio.run(ensure_topics(settings.bootstrap, names.all, settings.partitions, settings.security))
        log = WorkerLog(settings.state_dir / "worker.log")
        proc = _start_worker(settings, metrics_addr, log.path)
        try:
            err.print(f"[dim]starting the worker (log {log.path})…[/]")
            _await_ready(proc, log, timeout if once else None)
            metrics = f"metrics on http://{metrics_addr}/metrics" if metrics_port else "metrics off"
            err.print(f"[dim]worker ready; {metrics}[/]")
            asyncio.run(_demo(settings, samples, as_json, once, timeout, proc, log))
        except KeyboardInterrupt:
            err.print("[dim]stopping…[/]")
        except (RuntimeError, TimeoutError, FileNotFoundError) as exc:
            fail(str(exc), EXIT_RUNTIME)
        finally:
            with uninterrupted():
                _stop(proc)
