"""The worker's enrichment child process: results like in-process enrichment, a kill at the timeout, no orphans.

These start real child processes (each loads the model: a few seconds), no broker.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import orjson
import pytest

from streams.enrich.nlp import model_name
from streams.enrich.pipeline import Enricher
from streams.events.deadletter import Origin
from streams.events.outgoing import ArticleProcessor
from streams.ingest.validate import Limits, decode_article
from streams.pipeline.batch import Job
from streams.pipeline.offload import EnrichmentPool, enrich_jobs, enrich_one, loaded_model

REPO = Path(__file__).resolve().parents[2]
TEXTS = [
    'The harbour master said on Monday that "the new cranes arrive in May." She added that dredging would start.',
    "Ministers of two neighbouring states met in a border town on Tuesday to discuss water rights.",
]
LIMITS = Limits()


def job(n: int, text: str) -> Job:
    raw = orjson.dumps({"id": f"pool-{n}", "text": text})
    return Job(decode_article(raw, LIMITS), raw, Origin("articles.raw", 0, n, 1_700_000_000.0, f"pool-{n}"))


def test_the_child_gives_the_same_outcomes_as_enrichment_in_this_process():
    jobs = [job(n, text) for n, text in enumerate(TEXTS)]
    local = ArticleProcessor(Enricher(), LIMITS)
    expected = [local.enrich(j.article, j.raw, j.origin) for j in jobs]

    async def scenario():
        pool = EnrichmentPool(LIMITS)
        try:
            model = await pool.ready()
            one = await pool.run(enrich_one, jobs[0].article, jobs[0].raw, jobs[0].origin, timeout=60)
            many = await pool.run(enrich_jobs, jobs, timeout=60)
            return model, one, many
        finally:
            pool.close()

    model, one, many = asyncio.run(scenario())
    assert model == model_name()  # what the worker reports in newswire_worker_info
    assert [o.status for o in many] == ["enriched", "enriched"]
    assert comparable(one) == comparable(expected[0])
    assert [comparable(o) for o in many] == [comparable(e) for e in expected]
    # The child's parse cache: the first text came back in the batch, and the use reaches the worker with it.
    assert (one.parse_cache.hits, one.parse_cache.misses) == (0, 1)
    assert [(o.parse_cache.hits, o.parse_cache.misses) for o in many] == [(1, 0), (0, 1)]


def comparable(outcome) -> list:
    """Topic, key and payload of each message; only the emission time and stage timings differ between runs."""
    return [(m.topic, m.key, _without_time(orjson.loads(m.value))) for m in outcome.messages]


def _without_time(value):
    if isinstance(value, dict):
        return {k: _without_time(v) for k, v in value.items() if k not in ("emitted_at", "timings")}
    if isinstance(value, list):
        return [_without_time(v) for v in value]
    return value


def test_an_overrun_kills_the_child_and_the_next_call_gets_a_fresh_one():
    j = job(0, TEXTS[0])
    restarts: list[str] = []

    async def scenario():
        pool = EnrichmentPool(LIMITS, on_restart=restarts.append)
        try:
            await pool.ready()
            first = next(iter(pool._pool._processes.values()))
            with pytest.raises(TimeoutError):
                await pool.run(enrich_one, j.article, j.raw, j.origin, timeout=0.0001)
            assert (pool.restarts, restarts) == (1, ["timeout"])
            outcome = await pool.run(enrich_one, j.article, j.raw, j.origin, timeout=60)
            return first, outcome
        finally:
            pool.close()

    first, outcome = asyncio.run(scenario())
    first.join(timeout=10)
    assert first.exitcode == -signal.SIGKILL
    assert outcome.status == "enriched"


def test_child_functions_refuse_to_run_outside_a_child():
    with pytest.raises(RuntimeError, match="only in an EnrichmentPool child"):
        loaded_model()


def test_the_child_exits_when_the_worker_is_killed(tmp_path):
    """A SIGKILLed worker cannot stop its child; the child notices and exits on its own."""
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent("""
        import asyncio, sys, time
        from streams.ingest.validate import Limits
        from streams.pipeline.offload import EnrichmentPool

        async def main():
            pool = EnrichmentPool(Limits())
            await pool.ready()
            [child] = pool._pool._processes
            print(child, flush=True)
            time.sleep(600)

        if __name__ == "__main__":
            asyncio.run(main())
    """))
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        child = int(parent.stdout.readline())
    finally:
        parent.kill()
        parent.wait(timeout=10)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.2)
    assert not _alive(child), f"child {child} outlived its killed parent"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"  # a zombie has exited; its new parent (init) reaps it


def test_closing_while_the_model_loads_cancels_the_waiters_instead_of_failing_them():
    """A worker stopped during start-up must exit cleanly, not crash with 'could not load the model'."""

    async def scenario():
        pool = EnrichmentPool(LIMITS)
        waiting = asyncio.ensure_future(pool.ready())
        await asyncio.sleep(0.5)  # the child is importing spaCy
        pool.close()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        with pytest.raises(asyncio.CancelledError):
            await pool.run(loaded_model, timeout=5)

    asyncio.run(scenario())
