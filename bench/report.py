"""Turns the raw measurements into the summary, the table and the JSON file."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

from bench.measure import median

# The targets: what "fast enough" means for Newswire.
TARGETS = {
    "newswire_vs_naive": 3.0,
    "pipeline_vs_offline": 0.9,
    "steady_p99_s": 1.0,
    "worker_peak_rss_mb": 1024.0,
}


def _offline(runs: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not runs:
        return None
    per_s = [r["articles"] / r["seconds"] for r in runs]
    out = {
        "articles_per_s": median(per_s),
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
    return out


def _pipeline(runs: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not runs:
        return None
    return {
        "workers": runs[0]["workers"],
        "articles_per_s": median([r["articles_per_s"] for r in runs]),
        "words_per_s": median([r["words"] / r["seconds"] for r in runs]),
        "offered_per_s": runs[0]["offered_per_s"],
        "latency_s": {q: median([r["latency_s"][q] for r in runs]) for q in ("p50", "p95", "p99", "max")},
        "dead_letters": sum(r["dead_letters"] for r in runs),
        "worker_peak_rss_mb": max((m for r in runs for m in r["worker_peak_rss_mb"] if m), default=None),
        "runs": len(runs),
    }


def _ratio(a: dict[str, Any] | None, b: dict[str, Any] | None, key: str = "articles_per_s",
           key_b: str | None = None) -> float | None:
    if not a or not b or not b.get(key_b or key):
        return None
    return a[key] / b[key_b or key]


def summarize(raw: dict[str, Any]) -> dict[str, Any]:
    offline = raw.get("offline", {})
    kafka = raw.get("kafka", {})
    s: dict[str, Any] = {
        "naive": _offline(offline.get("naive", [])),
        "newswire_enrich": _offline(offline.get("newswire_enrich", [])),
        "newswire_enrich_many": _offline(offline.get("newswire_enrich_many", [])),
        "pipeline_1w_burst": _pipeline(kafka.get("burst_1w", [])),
        "pipeline_1w_steady": _pipeline(kafka.get("steady_1w", [])),
        "pipeline_2w_burst": _pipeline(kafka.get("burst_2w", [])),
    }
    limit = kafka.get("passthrough", [])
    s["kafka_limit"] = (
        {"articles_per_s": median([r["messages_per_s"] for r in limit]), "runs": len(limit)} if limit else None
    )
    best = max((x for x in (s["newswire_enrich"], s["newswire_enrich_many"]) if x),
               key=lambda x: x["articles_per_s"], default=None)
    s["ratios"] = {
        "enrich_vs_naive": _ratio(s["newswire_enrich"], s["naive"]),
        "enrich_many_vs_naive": _ratio(s["newswire_enrich_many"], s["naive"]),
        "pipeline_1w_vs_enrich": _ratio(s["pipeline_1w_burst"], s["newswire_enrich"]),
        "pipeline_1w_vs_best_offline": _ratio(s["pipeline_1w_burst"], best),
        "pipeline_1w_vs_kafka_limit": _ratio(s["pipeline_1w_burst"], s["kafka_limit"]),
        "pipeline_2w_vs_1w": _ratio(s["pipeline_2w_burst"], s["pipeline_1w_burst"]),
    }
    rss = [x["worker_peak_rss_mb"] for x in (s["pipeline_1w_burst"], s["pipeline_1w_steady"], s["pipeline_2w_burst"])
           if x and x["worker_peak_rss_mb"]]
    best_vs_naive = max((r for r in (s["ratios"]["enrich_vs_naive"], s["ratios"]["enrich_many_vs_naive"]) if r),
                        default=None)
    steady = s["pipeline_1w_steady"]
    s["targets"] = {
        "newswire_vs_naive": _check(best_vs_naive, TARGETS["newswire_vs_naive"], higher=True),
        "pipeline_vs_offline": _check(s["ratios"]["pipeline_1w_vs_best_offline"], TARGETS["pipeline_vs_offline"],
                                      higher=True),
        "steady_p99_s": _check(steady["latency_s"]["p99"] if steady else None, TARGETS["steady_p99_s"], higher=False),
        "worker_peak_rss_mb": _check(max(rss) if rss else None, TARGETS["worker_peak_rss_mb"], higher=False),
    }
    return s


def _check(value: float | None, target: float, higher: bool) -> dict[str, Any]:
    met = None if value is None or math.isnan(value) else (value >= target if higher else value < target)
    return {"value": value, "target": target, "met": met}


def _num(v: float | None, fmt: str = "{:.1f}") -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else fmt.format(v)


def _stages(x: dict[str, Any]) -> str:
    stages = x.get("stage_ms_per_article") or {}
    return " · ".join(f"{k} {v:.1f}" for k, v in stages.items()) + (" ms" if stages else "")


def table(s: dict[str, Any], title: str) -> Table:
    t = Table(title=title)
    for col in ("measure", "articles/s", "words/s", "CPU ms/article", "latency p50 / p95 / p99 s", "peak RSS MB",
                "ratio / detail"):
        t.add_column(col, justify="left" if col in ("measure", "ratio / detail") else "right")
    rows = (
        ("naive peer: spaCy full + textacy quotes + VADER", "naive"),
        ("Newswire offline: Enricher.enrich", "newswire_enrich"),
        ("Newswire offline: Enricher.enrich_many", "newswire_enrich_many"),
        ("Kafka limit: aiokafka pass-through", "kafka_limit"),
        ("pipeline, 1 worker, burst", "pipeline_1w_burst"),
        ("pipeline, 1 worker, steady at ½ peak", "pipeline_1w_steady"),
        ("pipeline, 2 workers, burst", "pipeline_2w_burst"),
    )
    for label, key in rows:
        x = s.get(key)
        if not x:
            continue
        lat = x.get("latency_s")
        offered = f"offered {x['offered_per_s']:.1f}/s" if x.get("offered_per_s") else ""
        t.add_row(
            label, _num(x.get("articles_per_s")), _num(x.get("words_per_s"), "{:.0f}"),
            _num(x.get("cpu_ms_per_article")),
            f"{lat['p50']:.2f} / {lat['p95']:.2f} / {lat['p99']:.2f}" if lat else "",
            _num(x.get("peak_rss_mb") or x.get("worker_peak_rss_mb"), "{:.0f}"),
            _stages(x) or offered,
        )
    labels = {
        "enrich_vs_naive": "Newswire enrich / naive",
        "enrich_many_vs_naive": "Newswire enrich_many / naive",
        "pipeline_1w_vs_enrich": "pipeline (1 worker) / offline enrich",
        "pipeline_1w_vs_best_offline": "pipeline (1 worker) / best offline",
        "pipeline_1w_vs_kafka_limit": "pipeline (1 worker) / Kafka limit",
        "pipeline_2w_vs_1w": "pipeline 2 workers / 1 worker",
    }
    for key, label in labels.items():
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
