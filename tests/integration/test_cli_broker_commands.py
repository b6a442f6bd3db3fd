"""`newswire tail`, `publish` and `worker` against the real embedded broker, through the entry point."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from streams.topics import RAW, TopicNames
from tests.conftest import ROOT
from tests.integration.harness import produce
from tests.integration.reliability_support import wait_for_log

pytestmark = pytest.mark.integration

NEWSWIRE = Path(sys.executable).with_name("newswire")
HOSTILE_ID = "fut-1\n[CRITICAL] forged log line\x1b]0;retitled\x07"
HOSTILE_TITLE = "\x1b[2JQuay talks resume"


def newswire(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    environ.update(PYTHONPATH=str(ROOT), **env)
    return subprocess.run([str(NEWSWIRE), *args], input=stdin, capture_output=True, text=True, env=environ,
                          timeout=120)


def _enriched(article_id: str, title: str) -> bytes:
    return orjson.dumps({"article": {"id": article_id, "title": title}, "meetings": [], "statements": [],
                         "sentiment": {"label": "neutral"}})


def _sentiment(article_id: str) -> bytes:
    return orjson.dumps({"type": "sentiment", "article_id": article_id, "label": "positive", "score": 0.25,
                         "components": {"positive": 0.3, "negative": 0.05, "neutral": 0.65, "sentences": 4}})


async def _produce(bootstrap: str, messages: list[tuple[str, bytes, int]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for topic, value, timestamp_ms in messages:
            await producer.send_and_wait(topic, value, key=b"k", timestamp_ms=timestamp_ms)
    finally:
        await producer.stop()


@pytest.fixture
def published(broker) -> str:
    """Messages stamped two hours ago and ten minutes ahead (so "from now on" is decided by stamps)."""
    prefix = f"t{uuid.uuid4().hex[:8]}."
    now = int(time.time() * 1000)
    asyncio.run(_produce(broker.bootstrap, [
        (f"{prefix}articles.enriched", _enriched("old-1", "Earlier story"), now - 2 * 3600_000),
        (f"{prefix}articles.enriched", _enriched(HOSTILE_ID, HOSTILE_TITLE), now + 600_000),
        (f"{prefix}events.sentiment", _sentiment("fut-2"), now + 600_000),
    ]))
    return prefix


def _tail(broker, prefix: str, *args: str) -> subprocess.CompletedProcess[str]:
    result = newswire("tail", "--broker", broker.url, "--topic-prefix", prefix, "--idle", "3", *args)
    assert result.returncode == 0, result.stderr
    return result


def test_tail_starts_from_now_by_default_and_from_a_time_or_the_beginning_on_request(broker, published):
    live = _tail(broker, published).stdout
    assert "fut-2" in live and "old-1" not in live
    assert "old-1" in _tail(broker, published, "--since", "3h").stdout
    assert "old-1" not in _tail(broker, published, "--since", "1h").stdout
    assert "old-1" in _tail(broker, published, "--from-beginning").stdout


def test_tail_lines_name_their_article_and_escape_what_the_article_provides(broker, published):
    lines = _tail(broker, published).stdout.splitlines()
    assert any(line.startswith("fut-2 SENTIMENT") for line in lines), lines
    article = next(line for line in lines if line.startswith("ARTICLE"))
    assert "fut-1\\n[CRITICAL] forged log line\\x1b]0;retitled\\x07" in article
    assert "\\x1b[2JQuay talks resume" in article
    assert not any(line.startswith("[CRITICAL]") for line in lines)
    assert "\x1b" not in "\n".join(lines) and "\x07" not in "\n".join(lines)


SASL = {"NEWSWIRE_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "NEWSWIRE_KAFKA_SASL_MECHANISM": "PLAIN",
        "NEWSWIRE_KAFKA_SASL_USERNAME": "newswire", "NEWSWIRE_KAFKA_SASL_PASSWORD": "not-logged"}


@pytest.mark.parametrize("command", [["publish", "-"], ["worker", "--metrics-addr", "127.0.0.1:0"]])
def test_a_broker_refusing_the_sasl_mechanism_is_said_at_once_not_waited_for(broker, command, tmp_path):
    # The embedded broker has no SASL: it answers the handshake with UnsupportedSaslMechanism.
    result = newswire(*command, "--broker", broker.url, stdin='{"id": "a", "text": "b"}\n',
                      NEWSWIRE_STATE_DIR=str(tmp_path), **SASL)
    assert result.returncode == 2, result.stderr
    assert "UnsupportedSaslMechanism" in result.stderr and "NEWSWIRE_KAFKA_SASL_MECHANISM" in result.stderr
    assert "waiting for the broker" not in result.stderr and "Traceback" not in result.stderr
    assert "not-logged" not in result.stderr


def test_an_article_id_cannot_forge_a_line_in_the_worker_log(broker, worker_factory):
    """The worker logs the id of an article that overran its enrichment timeout."""
    worker = worker_factory(NEWSWIRE_ENRICH_TIMEOUT="0.001")
    raw = orjson.dumps({"id": HOSTILE_ID, "text": "The harbour board met on Monday."})
    asyncio.run(produce(broker.bootstrap, TopicNames(worker_factory.prefix)(RAW), [(b"hostile", raw)]))
    wait_for_log(worker, "timed out after 0.001s", 180)
    log = worker.log()
    assert "fut-1\\n[CRITICAL] forged log line\\x1b]0;retitled\\x07" in log
    assert not any(line.startswith("[CRITICAL]") for line in log.splitlines())
    assert "\x1b]0;" not in log


def test_broker_logs_do_not_pile_up(tmp_path, monkeypatch):
    from streams.broker.embedded import KEEP_LOGS, EmbeddedBroker

    monkeypatch.setenv("NEWSWIRE_STATE_DIR", str(tmp_path))
    for n in range(KEEP_LOGS + 3):
        old = tmp_path / f"broker-{40000 + n}.log"
        old.write_text("an earlier run\n")
        os.utime(old, (1_700_000_000 + n, 1_700_000_000 + n))
    with EmbeddedBroker() as started:
        logs = sorted(p.name for p in tmp_path.glob("broker-*.log"))
        assert len(logs) == KEEP_LOGS and started.log_path.name in logs
        assert f"broker-{40000 + KEEP_LOGS + 2}.log" in logs and "broker-40000.log" not in logs
