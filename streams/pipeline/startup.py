"""Before Faust starts: wait for the broker (as long as it takes) and create the topics.

A worker started before its broker (a reboot, a deploy in the wrong order) waits with
capped backoff instead of crashing into a restart loop. While it waits it says so on
stderr (first attempts, then once a minute), counts `newswire_broker_errors_total
{operation="connect"}` and serves /metrics, so the wait is visible from outside; SIGTERM or
Ctrl-C end it cleanly.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
from collections.abc import Callable, Iterator

from streams.broker.admin import ensure_topics
from streams.config import Settings
from streams.monitoring import metrics
from streams.monitoring.server import serve_metrics
from streams.pipeline.broker_watch import describe
from streams.topics import TopicNames

SAY_EVERY = 60.0
SAY_FIRST = 3
Say = Callable[[str], None]


def _stderr(line: str) -> None:
    """Plain lines: logging is not set up yet (Faust does that), and a log file wants one line each."""
    print(line, file=sys.stderr, flush=True)


class _Reporter:
    """Retry hook: the first attempts and then one line a minute, each with a timestamp."""

    def __init__(self, bootstrap: str, say: Say) -> None:
        self.bootstrap = bootstrap
        self.say = say
        self.started = time.monotonic()
        self.last_said = 0.0

    def __call__(self, attempt: int, delay: float, exc: Exception) -> None:
        metrics.BROKER_ERRORS.labels("connect").inc()
        now = time.monotonic()
        if attempt <= SAY_FIRST or now - self.last_said >= SAY_EVERY:
            self.last_said = now
            self.say(f"{time.strftime('%Y-%m-%d %H:%M:%S')} waiting for the broker at {self.bootstrap} "
                     f"({now - self.started:.0f}s, attempt {attempt}: {describe(exc)}); "
                     f"next try in {delay:.1f}s; SIGTERM stops the worker")


@contextlib.contextmanager
def _metrics_while_waiting(settings: Settings) -> Iterator[None]:
    """Serves /metrics during the wait and frees the port for the worker's own server after."""
    if not settings.metrics_port:
        yield
        return
    server, thread = serve_metrics(settings.metrics_host, settings.metrics_port)
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


async def _wait(settings: Settings, say: Say) -> bool:
    task = asyncio.current_task()
    assert task is not None
    loop = asyncio.get_running_loop()
    stop_requested = False

    def stop() -> None:
        nonlocal stop_requested
        stop_requested = True
        task.cancel()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop)
    try:
        await ensure_topics(settings.bootstrap, TopicNames(settings.topic_prefix).all, settings.partitions,
                            settings.security, attempts=None, on_retry=_Reporter(settings.bootstrap, say))
        return True
    except asyncio.CancelledError:
        if stop_requested:
            return False
        raise
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


def wait_for_topics(settings: Settings, say: Say = _stderr) -> bool:
    """True once the topics exist; False when a stop was requested during the wait."""
    with _metrics_while_waiting(settings):
        return asyncio.run(_wait(settings, say))
