"""`python -m bench` / `python bench/run.py`: the whole benchmark in one run, one table, one JSON.

Order: offline systems (fresh process each, repeats interleaved), then one embedded broker
for the Kafka limit and the full pipeline (1 worker: bursts, then a steady stream at half
the burst rate; then a second worker joins the same group for the scaling burst).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import offline
from bench.corpus import generate, word_count
from bench.kafka import Pipeline, messages, passthrough
from bench.measure import load_average, median
from bench.report import render, summarize, write_json

RESULTS_DIR = Path(__file__).resolve().parent / "results"
ENV_REPORTED = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "BLIS_ARCH_TYPE",
                "NEWSWIRE_SPACY_MODEL")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="newswire bench", description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=100, help="corpus size (default 100)")
    p.add_argument("--repeat", type=int, default=3, help="repeats of each cheap measurement; medians are reported")
    p.add_argument("--seed", type=int, default=7, help="corpus RNG seed")
    p.add_argument("--batch-size", type=int, default=16, help="articles per Enricher.enrich_many call")
    p.add_argument("--workers", type=int, choices=(1, 2), default=2, help="largest worker count to measure")
    p.add_argument("--quick", action="store_true", help="smoke run: 12 articles, 1 repeat, 1 worker")
    p.add_argument("--skip-offline", action="store_true", help="only the Kafka side")
    p.add_argument("--skip-kafka", action="store_true", help="only the offline side")
    p.add_argument("--json-out", type=Path, help="where to write the JSON (default bench/results/<timestamp>.json)")
    args = p.parse_args(argv)
    if args.quick:
        args.articles, args.repeat, args.workers = min(args.articles, 12), 1, 1
    return args


def run_offline(corpus: list[dict[str, Any]], args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    runs: dict[str, list[dict[str, Any]]] = {"naive": [], "newswire_enrich": [], "newswire_enrich_many": []}
    for i in range(args.repeat):
        print(f"offline round {i + 1}/{args.repeat} (load {load_average():.1f})", file=sys.stderr)
        runs["naive"].append(offline.isolated(offline.naive_peer, corpus))
        runs["newswire_enrich"].append(offline.isolated(offline.newswire_single, corpus))
        runs["newswire_enrich_many"].append(offline.isolated(offline.newswire_batched, corpus, args.batch_size))
    return runs


async def run_kafka(bootstrap: str, corpus: list[dict[str, Any]], args: argparse.Namespace,
                    log_dir: Path) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"passthrough": [], "burst_1w": [], "steady_1w": [], "burst_2w": []}
    for i in range(args.repeat):
        out["passthrough"].append(await passthrough(bootstrap, messages(corpus, f"pt{i}")))
    timeout = 120 + 2 * len(corpus)
    async with Pipeline(bootstrap, log_dir, warmup=corpus[:4]) as pipeline:
        print("starting 1 worker", file=sys.stderr)
        await pipeline.add_worker()
        for i in range(args.repeat):
            print(f"burst {i + 1}/{args.repeat}, 1 worker (load {load_average():.1f})", file=sys.stderr)
            out["burst_1w"].append(await pipeline.run(corpus, f"b1w{i}", None, timeout))
        half = median([r["articles_per_s"] for r in out["burst_1w"]]) / 2
        print(f"steady stream at {half:.1f} articles/s, 1 worker", file=sys.stderr)
        out["steady_1w"].append(await pipeline.run(corpus, "s1w", half, timeout))
        if args.workers >= 2:
            print("starting a 2nd worker in the same group", file=sys.stderr)
            await pipeline.add_worker()
            for i in range(args.repeat):
                print(f"burst {i + 1}/{args.repeat}, 2 workers (load {load_average():.1f})", file=sys.stderr)
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
        "env": {k: os.environ[k] for k in ENV_REPORTED if k in os.environ},
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    corpus = generate(args.articles, args.seed)
    words = [word_count(a["text"]) for a in corpus]
    started = dt.datetime.now(dt.UTC)
    document: dict[str, Any] = {
        "started": started.isoformat(timespec="seconds"),
        "params": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "corpus": {"articles": len(corpus), "words": sum(words), "min_words": min(words), "max_words": max(words),
                   "seed": args.seed},
        "environment": environment(),
        "load_average": {"start": load_average()},
        "raw": {},
    }
    if not args.skip_offline:
        document["raw"]["offline"] = run_offline(corpus, args)
    if not args.skip_kafka:
        from streams.broker.embedded import EmbeddedBroker

        with tempfile.TemporaryDirectory(prefix="newswire-bench-") as tmp, \
                EmbeddedBroker(log_path=Path(tmp) / "broker.log") as broker:
            document["raw"]["kafka"] = asyncio.run(run_kafka(broker.bootstrap, corpus, args, Path(tmp)))
    document["load_average"]["end"] = load_average()
    document["summary"] = summarize(document["raw"])
    title = (f"newswire bench: {len(corpus)} articles, {sum(words)} words, medians of {args.repeat}; "
             f"spaCy {document['environment']['spacy']}, {os.cpu_count()} CPUs, "
             f"load {document['load_average']['start']:.1f}→{document['load_average']['end']:.1f}")
    render(document["summary"], title)
    path = write_json(args.json_out or RESULTS_DIR / f"{started:%Y%m%dT%H%M%SZ}.json", document)
    print(f"JSON: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
