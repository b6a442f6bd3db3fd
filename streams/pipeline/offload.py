"""Enrichment in a child process of the worker (no Faust here).

Why a process and not a thread: spaCy and the extractors are Python and hold the GIL for most
of an article, so in a thread they take turns with the worker's event loop (fetches, acks,
heartbeats, the next batch's decoding) and the worker reached only ~0.75× of offline
enrichment. And a thread cannot be stopped: an article that overran its timeout kept the
thread, and the partition, until its extractors returned. A child process runs on the other
core and is killed at the timeout; a fresh one takes its place.

The child holds the model and an `ArticleProcessor`; the loop side keeps only what is cheap
(decoding, duplicate checks, dead letters for rejects) and receives finished `Outcome`s.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from streams.enrich.nlp import model_name
from streams.enrich.pipeline import Enricher
from streams.events.deadletter import Origin
from streams.events.outgoing import ArticleProcessor, Outcome
from streams.ingest.article import Article
from streams.ingest.validate import Limits
from streams.pipeline.batch import Job, enrich_batch

log = logging.getLogger(__name__)
T = TypeVar("T")
PARENT_POLL = 1.0
CHILD_LOG_FORMAT = "[%(asctime)s] [%(process)s] [%(levelname)s]: %(message)s"

# The child's processor; set by `_start` in the child, never in the worker's own process.
_processor: ArticleProcessor | None = None


def _start(limits: Limits) -> None:
    """Child initializer. Ctrl-C reaches the whole process group; the worker decides when the child stops."""
    global _processor
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A spawned child starts with no logging set up; what it logs (e.g. an article that failed) goes to the
    # worker's stderr in the worker's format.
    logging.basicConfig(level=logging.WARNING, format=CHILD_LOG_FORMAT)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), name="parent-watch", daemon=True).start()
    _processor = ArticleProcessor(Enricher(), limits)


def _exit_with_parent(parent: int) -> None:
    """A worker killed with SIGKILL cannot stop its child, and the child would wait for work forever."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os._exit(0)


def _child() -> ArticleProcessor:
    if _processor is None:
        raise RuntimeError("enrichment functions run only in an EnrichmentPool child")
    return _processor


def loaded_model() -> str:
    """Runs in the child: the model is loaded by then (the initializer ran), so this is the readiness check."""
    _child()
    return model_name()


def enrich_one(article: Article, raw: bytes, origin: Origin) -> Outcome:
    return _child().enrich(article, raw, origin)


def enrich_jobs(jobs: Sequence[Job]) -> list[Outcome]:
    return enrich_batch(_child(), jobs)


class EnrichmentUnavailable(RuntimeError):
    """The child could not start (e.g. the model is not installed): nothing can be enriched."""


class EnrichmentPool:
    """One child process that enriches; `run` bounds each call by a timeout and replaces a child it kills.

    `spawn`, not `fork`: the worker has threads (Faust's consumer thread, aiokafka), and a
    forked copy of a threaded process may inherit locks held mid-operation.
    """

    def __init__(self, limits: Limits, on_restart: Callable[[str], None] | None = None) -> None:
        """`on_restart(reason)` hears of each replaced child: `timeout`, `died` or `start_failed`."""
        self.limits = limits
        self.on_restart = on_restart
        self._pool: ProcessPoolExecutor | None = None
        self._ready: asyncio.Future[str] | None = None
        self._closed = False
        self.restarts = 0

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start, initargs=(self.limits,),
        )

    async def ready(self) -> str:
        """Starts the child if there is none and waits until its model is loaded; returns the model's name.

        The load takes seconds: it is waited for here, outside any article's timeout.
        """
        self._stopping()
        if self._pool is None:
            self._pool = self._new_pool()
            self._ready = asyncio.get_running_loop().run_in_executor(self._pool, loaded_model)
        assert self._ready is not None
        try:
            return await asyncio.shield(self._ready)
        except BrokenProcessPool as exc:
            self._stopping()  # closed while the model was loading: a shutdown, not a failure
            self._kill("start_failed", "it failed to start")
            raise EnrichmentUnavailable(
                "the enrichment process could not load the model; its error is in the log above"
            ) from exc

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float) -> T:
        """`fn(*args)` in the child. On timeout the child is killed (`TimeoutError` is raised);
        if the child died (`BrokenProcessPool`), it is replaced before the error goes on.
        """
        await self.ready()
        assert self._pool is not None
        future = asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            self._kill("timeout", f"it overran the enrichment timeout ({timeout:g}s)")
            raise
        except BrokenProcessPool:
            self._stopping()
            self._kill("died", "it died")
            raise

    def _stopping(self) -> None:
        """After `close`, waiting callers are cancelled, as the rest of a stopping worker is."""
        if self._closed:
            raise asyncio.CancelledError("the worker is stopping")

    def _kill(self, reason: str, why: str) -> None:
        pool, self._pool, self._ready = self._pool, None, None
        if pool is None:
            return
        self.restarts += 1
        if self.on_restart is not None:
            self.on_restart(reason)
        log.warning("stopping the enrichment process because %s; a new one starts with the next article", why)
        _terminate(pool)

    def close(self) -> None:
        """Stops the child at once: whatever it was enriching is redelivered after the restart."""
        self._closed = True
        pool, self._pool, self._ready = self._pool, None, None
        if pool is not None:
            _terminate(pool)


def _terminate(pool: ProcessPoolExecutor) -> None:
    # The executor has no public way to stop a busy child; its process table is the only handle.
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
