"""The benchmark's own code paths, without timing anything: corpus, summary, table, JSON."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from rich.console import Console

from bench.corpus import MAX_WORDS, MIN_WORDS, generate, load_pool, word_count
from bench.measure import peak_rss_mb_of, percentile
from bench.report import render, summarize, write_json
from bench.run import main


def test_corpus_is_deterministic_per_seed_and_varied():
    first, again, other = generate(40, seed=3), generate(40, seed=3), generate(40, seed=4)
    assert first == again
    assert [a["text"] for a in first] != [a["text"] for a in other]
    assert len({a["text"] for a in first}) == len(first)
    assert len({a["id"] for a in first}) == len(first)
    assert all(MIN_WORDS <= word_count(a["text"]) <= MAX_WORDS for a in first)
    assert len({word_count(a["text"]) for a in first}) > 10


def test_corpus_uses_only_sample_paragraphs_and_never_repeats_one_within_an_article():
    pool = set(load_pool().paragraphs)
    for article in generate(20, seed=9):
        paragraphs = article["text"].split("\n\n")
        assert set(paragraphs) <= pool
        assert len(paragraphs) == len(set(paragraphs))


def test_percentile_returns_an_observed_value():
    values = [0.3, 0.1, 0.2, 0.4]
    assert percentile(values, 50) == 0.2
    assert percentile(values, 99) == 0.4
    assert percentile(values, 0) == 0.1


def _offline_run(articles: int, seconds: float) -> dict:
    return {"articles": articles, "words": 500 * articles, "seconds": seconds, "cpu_seconds": seconds,
            "peak_rss_mb": 300.0, "stage_seconds": {"parse": seconds / 2, "statements": seconds / 2}}


def _pipeline_run(workers: int, per_s: float, p99: float, offered: float | None = None) -> dict:
    return {"workers": workers, "articles": 10, "words": 5000, "offered_per_s": offered, "seconds": 10 / per_s,
            "articles_per_s": per_s, "latency_s": {"p50": p99 / 2, "p95": p99, "p99": p99, "max": p99},
            "dead_letters": 0, "worker_peak_rss_mb": [400.0] * workers}


def test_summary_ratios_and_targets_follow_from_the_medians(tmp_path):
    raw = {
        "offline": {
            "naive": [_offline_run(10, 2.0), _offline_run(10, 4.0), _offline_run(10, 3.0)],
            "newswire_enrich": [_offline_run(10, 1.0)],
            "newswire_enrich_many": [_offline_run(10, 0.5)],
        },
        "kafka": {
            "passthrough": [{"messages": 10, "seconds": 0.01, "messages_per_s": 1000.0}],
            "burst_1w": [_pipeline_run(1, 18.0, 2.0)],
            "steady_1w": [_pipeline_run(1, 9.0, 0.5, offered=9.0)],
            "burst_2w": [_pipeline_run(2, 30.0, 1.5)],
        },
    }
    s = summarize(raw)
    assert s["naive"]["articles_per_s"] == 10 / 3.0
    assert s["ratios"]["enrich_vs_naive"] == 3.0
    assert s["ratios"]["pipeline_1w_vs_best_offline"] == 18.0 / 20.0
    assert s["ratios"]["pipeline_2w_vs_1w"] == 30.0 / 18.0
    assert s["targets"]["newswire_vs_naive"]["met"] is True
    assert s["targets"]["steady_p99_s"]["met"] is True
    assert s["targets"]["worker_peak_rss_mb"]["value"] == 400.0
    console = Console(record=True, width=200)
    render(s, "test", console)
    text = console.export_text()
    assert "Newswire enrich_many / naive" in text and "6.00×" in text
    path = write_json(tmp_path / "out" / "r.json", {"summary": s})
    assert json.loads(path.read_text())["summary"]["ratios"]["enrich_many_vs_naive"] == 6.0


def test_command_writes_json_even_with_every_part_skipped(tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert main(["--quick", "--skip-offline", "--skip-kafka", "--json-out", str(out)]) == 0
    document = json.loads(out.read_text())
    assert document["corpus"]["articles"] == 12
    assert document["params"]["repeat"] == 1
    assert document["environment"]["spacy"]
    assert str(out) in capsys.readouterr().out


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
