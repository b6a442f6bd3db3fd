"""Turns the raw measurements into the summary, the table and the JSON file."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

from streams.bench.measure import median

# The targets of issues 8 and 19: what "fast enough" means for Newswire.
TARGETS = {
    "fresh_vs_naive": 1.2,
    "stream_vs_naive": 2.5,
    "stream_identical_to_uncached": 1.0,
    "pipeline_vs_offline": 0.9,
    "steady_p99_s": 1.0,
    "worker_peak_rss_mb": 1024.0,
    "worker_rss_cache_full_mb": 1024.0,
}
# Offline rows: summary key → (scenario, system) of the raw runs.
OFFLINE_ROWS = {
    "naive": ("fresh", "naive"),
    "newswire_enrich": ("fresh", "enrich"),
    "newswire_enrich_many": ("fresh", "enrich_many"),
    "stream_naive": ("stream", "naive"),
    "stream_enrich": ("stream", "enrich"),
    "stream_enrich_many": ("stream", "enrich_many"),
    "stream_enrich_uncached": ("stream", "enrich_uncached"),
}


def _offline(runs: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not runs:
        return None
    out = {
        "articles_per_s": median([r["articles"] / r["seconds"] for r in runs]),
        "words_per_s": median([r["words"] / r["seconds"] for r in runs]),
        "cpu_ms_per_article": median([1000 * r["cpu_seconds"] / r["articles"] for r in runs]),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "runs": len(runs),
    }
    if "stage_seconds" in runs[0]:
        out["stage_ms_per_article"] = {
            stage: median([1000 * r["stage_seconds"][stage] / r["articles"] for r in runs])
            for stage in runs[0]["stage_seconds"]
        }
    if runs[0].get("cache"):
        hits, misses = sum(r["cache"]["hits"] for r in runs), sum(r["cache"]["misses"] for r in runs)
        out["cache"] = {
            "hit_share": hits / (hits + misses) if hits + misses else None,
            "saved_ms_per_article": median([1000 * r["cache"]["saved_seconds"] / r["articles"] for r in runs]),
            "bytes": max(r["cache"]["bytes"] for r in runs),
        }
    return out


def _pipeline(runs: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not runs:
        return None
    return {
        "workers": runs[0]["workers"],
        "articles_per_s": median([r["articles_per_s"] for r in runs]),
        "words_per_s": median([r["words"] / r["seconds"] for r in runs]),
        "cpu_ms_per_article": median([1000 * r["workers_cpu_seconds"] / r["articles"] for r in runs]),
        "offered_per_s": runs[0]["offered_per_s"],
        "latency_s": {q: median([r["latency_s"][q] for r in runs]) for q in ("p50", "p95", "p99", "max")},
        "dead_letters": sum(r["dead_letters"] for r in runs),
        "worker_peak_rss_mb": max((m for r in runs for m in r["worker_peak_rss_mb"] if m), default=None),
        "worker_parent_peak_rss_mb": max((m for r in runs for m in r.get("worker_parent_peak_rss_mb", []) if m),
                                         default=None),
        "runs": len(runs),
    }


def _ratio(a: dict[str, Any] | None, b: dict[str, Any] | None, key: str = "articles_per_s") -> float | None:
    if not a or not b or not b.get(key):
        return None
    return a[key] / b[key]


def _best(*rows: dict[str, Any] | None) -> dict[str, Any] | None:
    return max((x for x in rows if x), key=lambda x: x["articles_per_s"], default=None)


def _identical(offline: dict[str, Any]) -> bool | None:
    """Whether every Newswire run of the stream, cached or not, produced the same events."""
    digests = {r["events_sha256"] for system, runs in offline.get("stream", {}).items() if system != "naive"
               for r in runs}
    return None if not digests else len(digests) == 1


def summarize(raw: dict[str, Any]) -> dict[str, Any]:
    offline = raw.get("offline", {})
    kafka = raw.get("kafka", {})
    s: dict[str, Any] = {key: _offline(offline.get(scenario, {}).get(system, []))
                         for key, (scenario, system) in OFFLINE_ROWS.items()}
    s.update({
        "pipeline_1w_burst": _pipeline(kafka.get("burst_1w", [])),
        "pipeline_1w_steady": _pipeline(kafka.get("steady_1w", [])),
        "pipeline_2w_burst": _pipeline(kafka.get("burst_2w", [])),
    })
    limit = kafka.get("passthrough", [])
    s["kafka_limit"] = (
        {"articles_per_s": median([r["messages_per_s"] for r in limit]), "runs": len(limit)} if limit else None
    )
    full = offline.get("cache_full")
    s["cache_full"] = full
    best_fresh = _best(s["newswire_enrich"], s["newswire_enrich_many"])
    best_stream = _best(s["stream_enrich"], s["stream_enrich_many"])
    s["ratios"] = {
        "enrich_vs_naive": _ratio(s["newswire_enrich"], s["naive"]),
        "enrich_many_vs_naive": _ratio(s["newswire_enrich_many"], s["naive"]),
        "stream_enrich_vs_naive": _ratio(s["stream_enrich"], s["stream_naive"]),
        "stream_enrich_many_vs_naive": _ratio(s["stream_enrich_many"], s["stream_naive"]),
        "stream_cache_speedup": _ratio(s["stream_enrich"], s["stream_enrich_uncached"]),
        "pipeline_1w_vs_enrich": _ratio(s["pipeline_1w_burst"], s["newswire_enrich"]),
        "pipeline_1w_vs_best_offline": _ratio(s["pipeline_1w_burst"], best_fresh),
        "pipeline_1w_vs_kafka_limit": _ratio(s["pipeline_1w_burst"], s["kafka_limit"]),
        "pipeline_2w_vs_1w": _ratio(s["pipeline_2w_burst"], s["pipeline_1w_burst"]),
    }
    pipelines = (s["pipeline_1w_burst"], s["pipeline_1w_steady"], s["pipeline_2w_burst"])
    rss = [x["worker_peak_rss_mb"] for x in pipelines if x and x["worker_peak_rss_mb"]]
    parent = [x["worker_parent_peak_rss_mb"] for x in pipelines if x and x["worker_parent_peak_rss_mb"]]
    steady = s["pipeline_1w_steady"]
    identical = _identical(offline)
    s["targets"] = {
        "fresh_vs_naive": _check(_ratio(best_fresh, s["naive"]), TARGETS["fresh_vs_naive"], higher=True),
        "stream_vs_naive": _check(_ratio(best_stream, s["stream_naive"]), TARGETS["stream_vs_naive"], higher=True),
        "stream_identical_to_uncached": _check(None if identical is None else float(identical),
                                               TARGETS["stream_identical_to_uncached"], higher=True),
        "pipeline_vs_offline": _check(s["ratios"]["pipeline_1w_vs_best_offline"], TARGETS["pipeline_vs_offline"],
                                      higher=True),
        "steady_p99_s": _check(steady["latency_s"]["p99"] if steady else None, TARGETS["steady_p99_s"], higher=False),
        "worker_peak_rss_mb": _check(max(rss) if rss else None, TARGETS["worker_peak_rss_mb"], higher=False),
        # The worker's own process (from the pipeline runs) plus an enrichment process with a full cache.
        "worker_rss_cache_full_mb": _check(
            max(parent) + full["peak_rss_mb"] if full and parent else None,
            TARGETS["worker_rss_cache_full_mb"], higher=False),
    }
    return s


def _check(value: float | None, target: float, higher: bool) -> dict[str, Any]:
    met = None if value is None or math.isnan(value) else (value >= target if higher else value < target)
    return {"value": value, "target": target, "met": met}


def _num(v: float | None, fmt: str = "{:.1f}") -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else fmt.format(v)


def _detail(x: dict[str, Any]) -> str:
    stages = x.get("stage_ms_per_article") or {}
    text = " · ".join(f"{k} {v:.1f}" for k, v in stages.items()) + (" ms" if stages else "")
    cache = x.get("cache")
    if cache and cache["hit_share"] is not None:
        text += f"; {100 * cache['hit_share']:.0f} % reused, {cache['saved_ms_per_article']:.1f} ms parse saved"
    if x.get("offered_per_s"):
        text = f"offered {x['offered_per_s']:.1f}/s"
    return text


ROWS = (
    ("fresh: naive peer (spaCy full + textacy quotes + VADER)", "naive"),
    ("fresh: Newswire Enricher.enrich", "newswire_enrich"),
    ("fresh: Newswire Enricher.enrich_many", "newswire_enrich_many"),
    ("news stream: naive peer", "stream_naive"),
    ("news stream: Newswire enrich", "stream_enrich"),
    ("news stream: Newswire enrich_many", "stream_enrich_many"),
    ("news stream: Newswire enrich, cache off", "stream_enrich_uncached"),
    ("Kafka limit: aiokafka pass-through", "kafka_limit"),
    ("pipeline, 1 worker, burst", "pipeline_1w_burst"),
    ("pipeline, 1 worker, steady at ½ peak", "pipeline_1w_steady"),
    ("pipeline, 2 workers, burst", "pipeline_2w_burst"),
)
RATIO_LABELS = {
    "enrich_vs_naive": "fresh: Newswire enrich / naive",
    "enrich_many_vs_naive": "fresh: Newswire enrich_many / naive",
    "stream_enrich_vs_naive": "news stream: Newswire enrich / naive",
    "stream_enrich_many_vs_naive": "news stream: Newswire enrich_many / naive",
    "stream_cache_speedup": "news stream: enrich with cache / without",
    "pipeline_1w_vs_enrich": "pipeline (1 worker) / offline enrich",
    "pipeline_1w_vs_best_offline": "pipeline (1 worker) / best offline",
    "pipeline_1w_vs_kafka_limit": "pipeline (1 worker) / Kafka limit",
    "pipeline_2w_vs_1w": "pipeline 2 workers / 1 worker",
}


def table(s: dict[str, Any], title: str) -> Table:
    t = Table(title=title)
    for col in ("measure", "articles/s", "words/s", "CPU ms/article", "latency p50 / p95 / p99 s", "peak RSS MB",
                "ratio / detail"):
        t.add_column(col, justify="left" if col in ("measure", "ratio / detail") else "right")
    for label, key in ROWS:
        x = s.get(key)
        if not x:
            continue
        lat = x.get("latency_s")
        t.add_row(
            label, _num(x.get("articles_per_s")), _num(x.get("words_per_s"), "{:.0f}"),
            _num(x.get("cpu_ms_per_article")),
            f"{lat['p50']:.2f} / {lat['p95']:.2f} / {lat['p99']:.2f}" if lat else "",
            _num(x.get("peak_rss_mb") or x.get("worker_peak_rss_mb"), "{:.0f}"),
            _detail(x),
        )
    full = s.get("cache_full")
    if full:
        t.add_row("enrichment process, parse cache full", "", "", "", "", _num(full["peak_rss_mb"], "{:.0f}"),
                  f"cache {full['cache_bytes'] / 2**20:.0f} of {full['cache_budget_bytes'] / 2**20:.0f} MB")
    for key, label in RATIO_LABELS.items():
        value = s["ratios"].get(key)
        if value is not None:
            t.add_row(label, "", "", "", "", "", f"{value:.2f}×")
    for key, check in s["targets"].items():
        if check["met"] is not None:
            mark = "[green]met[/]" if check["met"] else "[red]not met[/]"
            t.add_row(f"target {key}", "", "", "", "", "", f"{check['value']:.2f} vs {check['target']:g}: {mark}")
    return t


def render(s: dict[str, Any], title: str, console: Console | None = None) -> None:
    (console or Console(width=200)).print(table(s, title))


def write_json(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY))
    return path
