"""`newswire bench`: the whole benchmark in one run, one table, one JSON.

Order: offline systems on fresh articles and on the news stream (a fresh process each, repeats
interleaved), one process with a full parse cache for its memory, then one embedded broker for
the Kafka limit and the full pipeline (1 worker: bursts, then a steady stream at half the burst
rate; then a second worker joins the same group for the scaling burst).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import platform
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from streams.bench import offline
from streams.bench.corpus import generate, read_articles, word_count
from streams.bench.measure import load_average, median
from streams.bench.report import render, summarize, write_json
from streams.bench.stream import news_stream, stories_for

ENV_REPORTED = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "BLIS_ARCH_TYPE",
                "NEWSWIRE_SPACY_MODEL", "NEWSWIRE_PARSE_CACHE_MB", "NEWSWIRE_MATMUL")
# Corpus seeds: the news stream's stories are other articles than the fresh ones.
STREAM_SEED_OFFSET = 1_000
NAIVE_MISSING = ("the naive peer needs textacy, which is not installed (pip install 'newswire[bench]'); "
                 "measuring Newswire only")


@dataclass(frozen=True)
class Options:
    articles: int | str = 100  # how many to generate, or a file / folder of the user's own
    repeat: int = 3
    seed: int = 7
    batch_size: int = 16
    workers: int = 2
    skip_offline: bool = False
    skip_stream: bool = False
    skip_kafka: bool = False
    json_out: Path | None = None


def corpora(options: Options) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The fresh articles and the news stream (about as many), generated or built from the user's."""
    if isinstance(options.articles, int):
        fresh = generate(options.articles, options.seed)
        stories = generate(stories_for(len(fresh)), options.seed + STREAM_SEED_OFFSET)
    else:
        fresh = read_articles(options.articles)
        stories = fresh
    return fresh, news_stream(stories, len(fresh), options.seed)


def run_offline(fresh: list[dict[str, Any]], stream: list[dict[str, Any]], options: Options) -> dict[str, Any]:
    naive = offline.naive_available()
    runs: dict[str, Any] = {"fresh": {"naive": [], "enrich": [], "enrich_many": []}}
    if not options.skip_stream:
        runs["stream"] = {"naive": [], "enrich": [], "enrich_many": [], "enrich_uncached": []}
    for i in range(options.repeat):
        print(f"offline round {i + 1}/{options.repeat} (load {load_average():.1f})", file=sys.stderr)
        for scenario, articles in (("fresh", fresh), ("stream", stream)):
            if scenario not in runs:
                continue
            if naive:
                runs[scenario]["naive"].append(offline.isolated(offline.naive_peer, articles))
            runs[scenario]["enrich"].append(offline.isolated(offline.newswire_single, articles))
            runs[scenario]["enrich_many"].append(
                offline.isolated(offline.newswire_batched, articles, options.batch_size))
            if scenario == "stream":
                runs[scenario]["enrich_uncached"].append(offline.isolated(offline.newswire_single, articles, False))
    print("an enrichment process with a full parse cache", file=sys.stderr)
    runs["cache_full"] = offline.isolated(offline.cache_full, fresh[:10])
    return runs


async def run_kafka(bootstrap: str, corpus: list[dict[str, Any]], options: Options,
                    log_dir: Path) -> dict[str, list[dict[str, Any]]]:
    from streams.bench.kafka import Pipeline, messages, passthrough

    out: dict[str, list[dict[str, Any]]] = {"passthrough": [], "burst_1w": [], "steady_1w": [], "burst_2w": []}
    for i in range(options.repeat):
        out["passthrough"].append(await passthrough(bootstrap, messages(corpus, f"pt{i}")))
    timeout = 120 + 2 * len(corpus)
    async with Pipeline(bootstrap, log_dir, warmup=corpus[:4]) as pipeline:
        print("starting 1 worker", file=sys.stderr)
        await pipeline.add_worker()
        for i in range(options.repeat):
            print(f"burst {i + 1}/{options.repeat}, 1 worker (load {load_average():.1f})", file=sys.stderr)
            out["burst_1w"].append(await pipeline.run(corpus, f"b1w{i}", None, timeout))
        half = median([r["articles_per_s"] for r in out["burst_1w"]]) / 2
        print(f"steady stream at {half:.1f} articles/s, 1 worker", file=sys.stderr)
        out["steady_1w"].append(await pipeline.run(corpus, "s1w", half, timeout))
        if options.workers >= 2:
            print("starting a 2nd worker in the same group", file=sys.stderr)
            await pipeline.add_worker()
            for i in range(options.repeat):
                print(f"burst {i + 1}/{options.repeat}, 2 workers (load {load_average():.1f})", file=sys.stderr)
                out["burst_2w"].append(await pipeline.run(corpus, f"b2w{i}", None, timeout))
    return out


def environment() -> dict[str, Any]:
    import numpy
    import spacy
    import thinc

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "spacy": spacy.__version__,
        "thinc": thinc.__version__,
        "numpy": numpy.__version__,
        "naive_peer": offline.naive_available(),
        "env": {k: os.environ[k] for k in ENV_REPORTED if k in os.environ},
    }


def _describe(articles: list[dict[str, Any]]) -> dict[str, Any]:
    words = [word_count(a["text"]) for a in articles]
    paragraphs = [p for a in articles for p in a["text"].split("\n\n")]
    return {"articles": len(articles), "ids": len({a["id"] for a in articles}), "words": sum(words),
            "min_words": min(words), "max_words": max(words),
            "paragraphs": len(paragraphs), "distinct_paragraphs": len(set(paragraphs))}


def default_json_path(started: dt.datetime) -> Path:
    """bench/results/ in a checkout (where earlier results are), else the working directory."""
    results = Path("bench") / "results"
    name = f"{started:%Y%m%dT%H%M%SZ}.json"
    return results / name if results.is_dir() else Path(f"newswire-bench-{name}")


def run(options: Options) -> int:
    fresh, stream = corpora(options)
    started = dt.datetime.now(dt.UTC)
    if not offline.naive_available():
        print(NAIVE_MISSING, file=sys.stderr)
    document: dict[str, Any] = {
        "started": started.isoformat(timespec="seconds"),
        "params": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(options).items()},
        "corpus": {"fresh": _describe(fresh), "stream": _describe(stream), "seed": options.seed},
        "environment": environment(),
        "load_average": {"start": load_average()},
        "raw": {},
    }
    if not options.skip_offline:
        document["raw"]["offline"] = run_offline(fresh, stream, options)
    if not options.skip_kafka:
        from streams.broker.embedded import EmbeddedBroker

        with tempfile.TemporaryDirectory(prefix="newswire-bench-") as tmp, \
                EmbeddedBroker(log_path=Path(tmp) / "broker.log") as broker:
            document["raw"]["kafka"] = asyncio.run(run_kafka(broker.bootstrap, fresh, options, Path(tmp)))
    document["load_average"]["end"] = load_average()
    document["summary"] = summarize(document["raw"])
    stream_info = document["corpus"]["stream"]
    title = (f"newswire bench: {len(fresh)} fresh articles ({document['corpus']['fresh']['words']} words), "
             f"news stream of {stream_info['articles']} ({stream_info['ids']} ids, "
             f"{stream_info['distinct_paragraphs']}/{stream_info['paragraphs']} paragraphs distinct); "
             f"medians of {options.repeat}; spaCy {document['environment']['spacy']}, {os.cpu_count()} CPUs, "
             f"load {document['load_average']['start']:.1f}→{document['load_average']['end']:.1f}")
    render(document["summary"], title)
    if not offline.naive_available():
        print(NAIVE_MISSING)
    path = write_json(options.json_out or default_json_path(started), document)
    print(f"JSON: {path}")
    return 0
