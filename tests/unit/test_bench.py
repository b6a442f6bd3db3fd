"""The benchmark's own code paths, without timing anything: corpus, news stream, summary, table, JSON."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from click.testing import CliRunner
from rich.console import Console

from streams.bench.corpus import MAX_WORDS, MIN_WORDS, generate, load_pool, read_articles, word_count
from streams.bench.measure import cpu_seconds_of, peak_rss_mb_of, percentile
from streams.bench.report import render, summarize, write_json
from streams.bench.stream import news_stream, stories_for
from streams.cli.main import cli


def test_corpus_is_deterministic_per_seed_and_varied():
    first, again, other = generate(40, seed=3), generate(40, seed=3), generate(40, seed=4)
    assert first == again
    assert [a["text"] for a in first] != [a["text"] for a in other]
    assert len({a["text"] for a in first}) == len(first)
    assert len({a["id"] for a in first}) == len(first)
    assert all(MIN_WORDS <= word_count(a["text"]) <= MAX_WORDS for a in first)
    assert len({word_count(a["text"]) for a in first}) > 10


def test_corpus_is_sample_sentences_and_never_repeats_a_paragraph():
    """A repeated paragraph would be served by the parse cache: fresh articles must be fresh."""
    pool = set(load_pool().sentences)
    paragraphs = [p for a in generate(40, seed=9) for p in a["text"].split("\n\n")]
    assert len(paragraphs) == len(set(paragraphs))
    assert all(any(p.startswith(sentence) for sentence in pool) for p in paragraphs)


def test_news_stream_sends_stories_in_versions_and_copies():
    firsts = generate(stories_for(120), seed=3)
    stream = news_stream(firsts, 120, seed=3)
    assert 120 <= len(stream) < 120 + 10 and stream == news_stream(firsts, 120, seed=3)
    by_id: dict[str, list[dict]] = {}
    for a in stream:
        by_id.setdefault(a["id"], []).append(a)
    first = {a["id"]: a for a in firsts}
    versions = [v for story_id, v in by_id.items() if story_id in first]
    copies = [a for a in stream if a["id"] not in first]
    assert {len(v) for v in versions} <= {3, 4, 5}
    for v in versions:
        assert v[0]["text"] == first[v[0]["id"]]["text"]  # arrival order: the first version first
        assert len({a["text"] for a in v}) == len(v)
    assert len(copies) >= len(stream) / 5
    story_paragraphs = {p for v in versions for a in v for p in a["text"].split("\n\n")}
    for copy in copies:
        lede, *rest = copy["text"].split("\n\n")
        assert lede not in story_paragraphs and set(rest) <= story_paragraphs
    paragraphs = [p for a in stream for p in a["text"].split("\n\n")]
    assert 0.4 < 1 - len(set(paragraphs)) / len(paragraphs) < 0.85  # most text was seen before


def test_users_articles_are_read_like_enrich_reads_them(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in generate(3, seed=1)))
    assert [a["text"] for a in read_articles(str(path))] == [a["text"] for a in generate(3, seed=1)]
    path.write_text('{"id": "x"}\n')
    try:
        read_articles(str(path))
    except ValueError as exc:
        assert "not valid articles" in str(exc)
    else:
        raise AssertionError("an invalid article was accepted")


def test_percentile_returns_an_observed_value():
    values = [0.3, 0.1, 0.2, 0.4]
    assert percentile(values, 50) == 0.2
    assert percentile(values, 99) == 0.4
    assert percentile(values, 0) == 0.1


def _offline_run(articles: int, seconds: float, digest: str = "same", cache: dict | None = None) -> dict:
    return {"articles": articles, "words": 500 * articles, "seconds": seconds, "cpu_seconds": seconds,
            "peak_rss_mb": 300.0, "stage_seconds": {"parse": seconds / 2, "statements": seconds / 2},
            "events_sha256": digest, "cache": cache}


def _pipeline_run(workers: int, per_s: float, p99: float, offered: float | None = None) -> dict:
    return {"workers": workers, "articles": 10, "words": 5000, "offered_per_s": offered, "seconds": 10 / per_s,
            "articles_per_s": per_s, "latency_s": {"p50": p99 / 2, "p95": p99, "p99": p99, "max": p99},
            "dead_letters": 0, "workers_cpu_seconds": 0.5 * workers,
            "worker_peak_rss_mb": [400.0] * workers, "worker_parent_peak_rss_mb": [150.0] * workers}


def _raw(uncached_digest: str = "same") -> dict:
    cache = {"hits": 30, "misses": 10, "saved_seconds": 0.5, "bytes": 2**20, "entries": 40}
    return {
        "offline": {
            "fresh": {
                "naive": [_offline_run(10, 2.0), _offline_run(10, 4.0), _offline_run(10, 3.0)],
                "enrich": [_offline_run(10, 1.0)],
                "enrich_many": [_offline_run(10, 0.5)],
            },
            "stream": {
                "naive": [_offline_run(10, 3.0)],
                "enrich": [_offline_run(10, 1.5, cache=cache)],
                "enrich_many": [_offline_run(10, 1.0, cache=cache)],
                "enrich_uncached": [_offline_run(10, 2.5, digest=uncached_digest)],
            },
            "cache_full": {"cache_bytes": 2**28, "cache_budget_bytes": 2**28, "entries": 9, "peak_rss_mb": 600.0},
        },
        "kafka": {
            "passthrough": [{"messages": 10, "seconds": 0.01, "messages_per_s": 1000.0}],
            "burst_1w": [_pipeline_run(1, 18.0, 2.0)],
            "steady_1w": [_pipeline_run(1, 9.0, 0.5, offered=9.0)],
            "burst_2w": [_pipeline_run(2, 30.0, 1.5)],
        },
    }


def test_summary_ratios_and_targets_follow_from_the_medians(tmp_path):
    s = summarize(_raw())
    assert s["naive"]["articles_per_s"] == 10 / 3.0
    assert s["ratios"]["enrich_vs_naive"] == 3.0
    assert s["ratios"]["stream_enrich_many_vs_naive"] == 3.0
    assert s["ratios"]["stream_cache_speedup"] == 2.5 / 1.5
    assert s["stream_enrich"]["cache"]["hit_share"] == 0.75
    assert s["stream_enrich"]["cache"]["saved_ms_per_article"] == 50.0
    assert s["ratios"]["pipeline_1w_vs_best_offline"] == 18.0 / 20.0
    assert s["ratios"]["pipeline_2w_vs_1w"] == 30.0 / 18.0
    assert s["pipeline_2w_burst"]["cpu_ms_per_article"] == 100.0
    assert s["targets"]["fresh_vs_naive"]["value"] == 6.0
    assert s["targets"]["stream_vs_naive"]["met"] is True
    assert s["targets"]["stream_identical_to_uncached"]["met"] is True
    assert s["targets"]["steady_p99_s"]["met"] is True
    assert s["targets"]["worker_peak_rss_mb"]["value"] == 400.0
    assert s["targets"]["worker_rss_cache_full_mb"]["value"] == 750.0
    console = Console(record=True, width=200)
    render(s, "test", console)
    text = console.export_text()
    assert "fresh: Newswire enrich_many / naive" in text and "6.00×" in text
    assert "75 % reused" in text
    path = write_json(tmp_path / "out" / "r.json", {"summary": s})
    assert json.loads(path.read_text())["summary"]["ratios"]["enrich_many_vs_naive"] == 6.0


def test_a_cached_run_with_other_events_fails_the_identity_target():
    assert summarize(_raw(uncached_digest="other"))["targets"]["stream_identical_to_uncached"]["met"] is False


def test_command_writes_json_even_with_every_part_skipped(tmp_path):
    out = tmp_path / "bench.json"
    result = CliRunner().invoke(cli, ["bench", "--quick", "--skip-offline", "--skip-kafka", "--json-out", str(out)])
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text())
    assert document["corpus"]["fresh"]["articles"] == 12
    assert document["corpus"]["stream"]["articles"] >= 12 > document["corpus"]["stream"]["ids"]
    assert document["params"]["repeat"] == 1
    assert document["environment"]["spacy"]
    assert str(out) in result.output


def test_command_refuses_articles_that_are_neither_a_number_nor_a_file(tmp_path):
    result = CliRunner().invoke(cli, ["bench", "--articles", str(tmp_path / "missing.jsonl"), "--skip-kafka"])
    assert result.exit_code != 0 and "neither a number" in result.output


def test_peak_rss_of_a_worker_counts_its_children():
    """The worker's model lives in a child: a parent-only reading would hide it from the memory target."""
    child = "import os, time; x = bytearray(200_000_000); print(os.getpid(), flush=True); time.sleep(60)"
    parent = subprocess.Popen(
        [sys.executable, "-c", f"import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', {child!r}]); "
                               "time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    child_pid = int(parent.stdout.readline())  # printed once the child holds its 200 MB
    try:
        assert peak_rss_mb_of(parent.pid) > 190
    finally:
        os.kill(child_pid, signal.SIGKILL)
        parent.kill()
        parent.wait()
    assert peak_rss_mb_of(parent.pid) is None


def test_cpu_of_a_worker_counts_its_children():
    """The enrichment child does the work: a parent-only reading would show an idle worker."""
    child = ("import os, time\nwhile time.process_time() < 0.3: pass\n"
             "print(os.getpid(), flush=True); time.sleep(60)")
    parent = subprocess.Popen(
        [sys.executable, "-c", f"import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', {child!r}]); "
                               "time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    child_pid = int(parent.stdout.readline())  # printed once the child has used 0.3 s of CPU
    try:
        assert cpu_seconds_of(parent.pid) >= 0.29  # clock ticks are 10 ms
    finally:
        os.kill(child_pid, signal.SIGKILL)
        parent.kill()
        parent.wait()
    assert cpu_seconds_of(parent.pid) is None
