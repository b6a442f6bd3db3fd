"""Through a real worker: bad input is dead-lettered with reason and origin, duplicates are
skipped, changed articles are new versions, replays give equal event ids, timeouts move on.
"""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from streams.topics import DEADLETTER, ENRICHED, RAW, TopicNames
from tests.integration.harness import WorkerProcess, produce, unique_names
from tests.integration.reliability_support import (
    Topics,
    event_ids,
    messages_of,
    sample_articles,
    settled_accounts,
    wait_for_log,
)

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[2]

BAD = {  # key → (raw value, expected reason)
    b"bad-not-json": (b"{this is not json", "not_json"),
    b"bad-not-object": (b'["a", "list"]', "not_object"),
    b"bad-no-id": (orjson.dumps({"text": "An article without an id."}), "invalid_article"),
    b"bad-no-text": (orjson.dumps({"id": "bad-no-text"}), "invalid_article"),
    b"bad-types": (orjson.dumps({"id": "bad-types", "text": ["not", "a", "string"]}), "invalid_article"),
    b"bad-too-long": (orjson.dumps({"id": "bad-too-long", "text": "z" * 3_000}), "too_large"),
    b"bad-utf8": (b'{"id": "bad-utf8", "text": "caf\xe9 \xff"}', "not_utf8"),
    b"bad-deep": (b'{"id": "bad-deep", "text": "t", "x": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", "too_deep"),
    b"bad-symbols": (orjson.dumps({"id": "bad-symbols", "text": "!" * 1_500}), "invalid_article"),
}


def test_every_bad_message_is_dead_lettered_with_reason_bytes_and_origin(broker, worker_factory):
    worker = worker_factory(NEWSWIRE_MAX_TEXT_CHARS="2000")
    names = TopicNames(worker_factory.prefix)
    good = sample_articles(2, "ingest")
    bad = [(key, raw) for key, (raw, _) in BAD.items()]
    asyncio.run(produce(broker.bootstrap, names(RAW), messages_of(good[:1]) + bad + messages_of(good[1:])))

    async def observe() -> Topics:
        async with Topics(broker.bootstrap, names, [RAW, ENRICHED, DEADLETTER]) as seen:
            await seen.until(lambda: len(seen.of(ENRICHED)) >= 2 and len(seen.of(DEADLETTER)) >= len(BAD),
                             180, worker)
            return seen

    seen = asyncio.run(observe())
    raw_at = {r.key: r for r in seen.of(RAW)}
    letters = {letter["origin"]["key"].encode(): letter for letter in seen.dead_letters()}
    assert set(letters) == set(BAD)
    for key, letter in letters.items():
        raw, reason = BAD[key]
        source = raw_at[key]
        assert letter["reason"] == reason, letter["message"]
        assert letter["message"]
        if letter["original_encoding"] == "base64":
            assert base64.b64decode(letter["original"]) == raw
        else:
            assert letter["original_encoding"] == "utf-8" and letter["original"].encode() == raw
        assert letter["origin"]["topic"] == names(RAW)
        assert (letter["origin"]["partition"], letter["origin"]["offset"]) == (source.partition, source.offset)
        assert letter["origin"]["timestamp"] == pytest.approx(source.timestamp, abs=0.002)
    assert letters[b"bad-utf8"]["original_encoding"] == "base64"
    assert set(seen.enriched_by_id()) == {a["id"] for a in good}

    accounts = settled_accounts(worker)
    assert (accounts.consumed, accounts.enriched, accounts.dead_letters, accounts.duplicates) == (11, 2, 9, 0)
    assert worker.alive()


def test_duplicates_are_skipped_new_versions_processed_and_replays_give_equal_ids(broker, worker_factory, tmp_path):
    worker = worker_factory()
    names = TopicNames(worker_factory.prefix)
    first, second = sample_articles(2, "idem")
    changed = {**second, "text": second["text"] + "\n\nThis article was updated with a correction."}
    messages = messages_of([first, second, first, changed])  # first is re-delivered unchanged

    async def observe(enriched: int, *alive: WorkerProcess) -> Topics:
        async with Topics(broker.bootstrap, names, [ENRICHED]) as seen:
            await seen.until(lambda: len(seen.of(ENRICHED)) >= enriched, 180, *alive)
            return seen

    asyncio.run(produce(broker.bootstrap, names(RAW), messages))
    asyncio.run(observe(3, worker))
    accounts = settled_accounts(worker, consumed=len(messages))
    assert (accounts.consumed, accounts.enriched, accounts.dead_letters, accounts.duplicates) == (4, 3, 0, 1)

    # A replay: a worker of another consumer group (fresh table) reads the same articles again.
    _, other_group = unique_names()
    replay = WorkerProcess(broker.bootstrap, worker_factory.prefix, other_group, tmp_path / "replay.log").start()
    try:
        seen = asyncio.run(observe(6, worker, replay))
        replay_accounts = settled_accounts(replay, consumed=len(messages))
    finally:
        replay.stop()
    assert (replay_accounts.enriched, replay_accounts.duplicates) == (3, 1)

    by_id = seen.enriched_by_id()
    assert len(by_id[first["id"]]) == 2  # once per group: the re-delivery was skipped both times
    assert len({event_ids(e) for e in by_id[first["id"]]}) == 1
    versions: dict[str, set[tuple]] = {}
    for enriched in by_id[second["id"]]:
        versions.setdefault(enriched["article"]["version"], set()).add(event_ids(enriched))
    assert len(versions) == 2, "the changed text is a new version"
    assert all(len(ids) == 1 for ids in versions.values()), "a replay of one version repeats its event ids"
    old, new = (ids.pop() for ids in versions.values())
    assert old[2] != new[2], "a new version gets new event ids"
    assert worker.alive()


def test_enrichment_timeout_dead_letters_each_article_and_the_stream_moves_on(broker, worker_factory):
    worker = worker_factory(NEWSWIRE_ENRICH_TIMEOUT="0.001")
    names = TopicNames(worker_factory.prefix)
    articles = sample_articles(3, "slow")
    asyncio.run(produce(broker.bootstrap, names(RAW), messages_of(articles)))

    async def observe() -> Topics:
        async with Topics(broker.bootstrap, names, [ENRICHED, DEADLETTER]) as seen:
            await seen.until(lambda: len(seen.of(DEADLETTER)) >= 3, 180, worker)
            return seen

    seen = asyncio.run(observe())
    letters = seen.dead_letters()
    assert {letter["article_id"] for letter in letters} == {a["id"] for a in articles}
    assert {letter["reason"] for letter in letters} == {"enrichment_timeout"}
    assert seen.of(ENRICHED) == []
    wait_for_log(worker, "timed out after 0.001s", 10, count=3)
    accounts = settled_accounts(worker)
    assert (accounts.consumed, accounts.dead_letters) == (3, 3)
    assert accounts.metrics["newswire_dead_letters_total{reason=enrichment_timeout}"] == 3
    # Each overrun killed the enrichment process (once more if the three came as one batch).
    assert 3 <= accounts.metrics["newswire_enrichment_restarts_total{reason=timeout}"] <= 4
    assert worker.alive()


def test_replay_sends_dead_lettered_originals_back_to_the_raw_topic(broker, worker_factory):
    """The worker keeps timing out, so each replayed article comes back as a new dead letter:
    same bytes and key, a new origin; a publisher's fault (not JSON) is left alone by default."""
    worker = worker_factory(NEWSWIRE_ENRICH_TIMEOUT="0.001")
    names = TopicNames(worker_factory.prefix)
    articles = sample_articles(2, "replay")
    asyncio.run(produce(broker.bootstrap, names(RAW), [*messages_of(articles), (b"replay-bad", b"{nope")]))

    def letters_when(count: int) -> tuple[list[dict], dict[bytes, bytes]]:
        async def observe() -> Topics:
            async with Topics(broker.bootstrap, names, [RAW, DEADLETTER]) as seen:
                await seen.until(lambda: len(seen.of(DEADLETTER)) >= count, 180, worker)
                return seen

        seen = asyncio.run(observe())
        return seen.dead_letters(), {(r.partition, r.offset): (r.key, r.value) for r in seen.of(RAW)}

    def replay(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "streams", "replay", "--broker", f"kafka://{broker.bootstrap}",
             "--topic-prefix", worker_factory.prefix, "--idle", "2", *args],
            capture_output=True, text=True, timeout=120, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        )

    first, _ = letters_when(3)
    dry = replay("--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.count("would replay") == 2
    assert "would replay 2 of 3 dead letter(s)" in dry.stderr

    done = replay()
    assert done.returncode == 0, done.stderr
    assert "replayed 2 of 3 dead letter(s)" in done.stderr
    letters, raw_at = letters_when(5)
    replayed = [letter for letter in letters if letter not in first]
    assert sorted(letter["article_id"] for letter in replayed) == sorted(a["id"] for a in articles)
    for letter in replayed:
        key, value = raw_at[(letter["origin"]["partition"], letter["origin"]["offset"])]
        original = next(orjson.dumps(a) for a in articles if a["id"] == letter["article_id"])
        assert (key, value) == (letter["article_id"].encode(), original)
    assert worker.alive()
