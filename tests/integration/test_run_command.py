"""`newswire run --once`: the README's main job, as a newcomer runs it (its own embedded broker)."""

from __future__ import annotations

import os
import subprocess
import sys

import orjson
import pytest

from streams.broker.embedded import free_port
from tests.conftest import ROOT

pytestmark = pytest.mark.integration


def test_run_once_shows_events_of_every_sample(tmp_path, sample_articles):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env.update(NEWSWIRE_STATE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "streams", "run", "--once", "--json", "--timeout", "240",
         "--metrics-addr", f"127.0.0.1:{free_port()}"],
        env=env, cwd=tmp_path, capture_output=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    messages = [orjson.loads(line) for line in result.stdout.splitlines() if line.strip()]
    enriched = {m["value"]["article"]["id"] for m in messages if m["topic"] == "articles.enriched"}
    assert enriched == {a["id"] for a in sample_articles}
    types = {m["value"]["type"] for m in messages if m["topic"].startswith("events.")}
    assert {"sentiment", "statement", "meeting"} <= types
    assert "embedded broker" in result.stderr.decode()
