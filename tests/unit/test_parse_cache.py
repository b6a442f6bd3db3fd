"""The paragraph parse cache: the same events with and without it, bounded memory, and what it reports."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from prometheus_client import REGISTRY

from streams.bench.corpus import load_pool, new_paragraph
from streams.bench.stream import syndicate, update
from streams.cli.main import cli
from streams.enrich.nlp import parse
from streams.enrich.pipeline import Enricher
from streams.enrich.speedups.parse_cache import (
    CACHE_MB_ENV,
    DEFAULT_CACHE_MB,
    CacheUse,
    InvalidCacheSetting,
    ParseCache,
    doc_bytes,
)
from streams.events.build import build_events
from streams.ingest.article import Article
from streams.monitoring import metrics

POOL = load_pool()
EMITTED_AT = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def events(article: Article, enrichment) -> list[dict]:
    """Every message the article becomes; stage timings are the one field allowed to differ."""
    batch = build_events(article, enrichment, emitted_at=EMITTED_AT)
    enriched = {k: v for k, v in batch.enriched.items() if k != "timings"}
    return [enriched, *(e for typed in batch.by_type().values() for e in typed)]


def feed(rng: random.Random, stories: int) -> list[Article]:
    """Short stories, each followed by updated versions (same id) and syndicated copies (other ids),
    shuffled, with an exact re-send now and then: what a news feed sends."""
    used: set[str] = set()
    out = []
    for s in range(stories):
        story = {"id": f"story-{s}", "title": "A story", "source": "Wire A",
                 "text": "\n\n".join(new_paragraph(rng, POOL, used) for _ in range(rng.randint(1, 4)))}
        texts = [story["text"]]
        for _ in range(rng.randint(0, 3)):
            texts.append("\n\n".join(update(rng, texts[-1].split("\n\n"), POOL, used)))
        out += [Article(story["id"], text, title=story["title"], source="Wire A") for text in texts]
        for c in range(rng.randint(0, 2)):
            copy = syndicate(rng, {**story, "text": rng.choice(texts)}, f"copy-{s}-{c}", POOL, used)
            out.append(Article(copy["id"], copy["text"], title=copy["title"], source=copy["source"]))
    rng.shuffle(out)
    return out + rng.sample(out, min(2, len(out)))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rng=st.randoms(use_true_random=False), stories=st.integers(1, 3), budget_kb=st.sampled_from([40, 400, 40_000]),
       batch=st.integers(1, 6))
def test_every_event_is_the_same_with_and_without_the_cache(nlp, rng, stories, budget_kb, batch):
    """Small budgets evict mid-feed; `enrich_many` batches mix first parses, hits and in-batch repeats."""
    articles = feed(rng, stories)
    plain = Enricher(nlp, cache=None)
    expected = [events(a, plain.enrich(a)) for a in articles]
    one_by_one = Enricher(nlp, cache=ParseCache(nlp, budget_kb * 1024))
    assert [events(a, one_by_one.enrich(a)) for a in articles] == expected
    batched = Enricher(nlp, cache=ParseCache(nlp, budget_kb * 1024))
    results = [r for i in range(0, len(articles), batch) for r in batched.enrich_many(articles[i:i + batch])]
    assert [events(a, r) for a, r in zip(articles, results, strict=True)] == expected
    for cache in (one_by_one.cache, batched.cache):
        assert cache.bytes <= cache.max_bytes


def test_a_reused_paragraph_is_counted_with_the_parse_time_it_saved(nlp):
    enricher = Enricher(nlp, cache=ParseCache(nlp, 2**24))
    first = Article("a-1", "Ministers met on Monday.\n\nThey agreed on a plan, officials said.")
    update_ = Article("a-1", "A new top paragraph arrived.\n\n" + first.text)
    copy = Article("b-7", "Another outlet's lede.\n\nThey agreed on a plan, officials said.")
    used = [enricher.enrich(a).parse_cache for a in (first, update_, copy)]
    assert [(u.hits, u.misses) for u in used] == [(0, 2), (2, 1), (1, 1)]
    assert used[0].saved_seconds == 0 < used[2].saved_seconds < used[1].saved_seconds
    assert 0 < used[0].cache_bytes < used[1].cache_bytes < used[2].cache_bytes == enricher.cache.bytes
    assert len(enricher.cache) == 4


def test_what_an_extractor_does_to_a_doc_never_reaches_the_next_article(nlp):
    cache = ParseCache(nlp, 2**24)
    article = Article("x", "The council voted on Tuesday.")
    first = parse(article, nlp, cache).doc
    first.user_data["scratch"] = 1
    first[0].lemma_ = "changed"
    again = parse(article, nlp, cache).doc
    assert again is not first
    assert "scratch" not in again.user_data and again[0].lemma_ == "the"
    assert Enricher(nlp, cache=cache).enrich(article).parse_cache.hits == 1


def test_the_least_recently_used_paragraphs_go_first_and_the_budget_holds(nlp):
    docs = [nlp(f"Paragraph number {n} says something about the harbour.") for n in range(6)]
    cache = ParseCache(nlp, 3 * doc_bytes(docs[0]) + 10)
    for n, doc in enumerate(docs[:3]):
        cache.put(cache.key(doc.text), doc, 0.01 * n)
    assert cache.get(cache.key(docs[0].text)) is not None  # now the most recently used
    cache.put(cache.key(docs[3].text), docs[3], 0.03)
    assert cache.get(cache.key(docs[1].text)) is None
    assert {d.text for d in docs[:4]} - {docs[1].text} == {
        d.text for d in docs[:4] if cache.get(cache.key(d.text)) is not None
    }
    assert cache.bytes <= cache.max_bytes
    tiny = ParseCache(nlp, 100)
    tiny.put(tiny.key(docs[0].text), docs[0], 0.0)
    assert len(tiny) == 0 and tiny.bytes == 0


def test_keys_depend_on_the_text_and_on_the_model(nlp):
    import spacy

    cache, other = ParseCache(nlp, 1), ParseCache(spacy.blank("en"), 1)
    assert cache.key("Same text.") == ParseCache(nlp, 1).key("Same text.")
    assert cache.key("Same text.") != cache.key("Same text!")
    assert cache.key("Same text.") != other.key("Same text.")


def test_the_budget_setting(monkeypatch, nlp):
    monkeypatch.delenv(CACHE_MB_ENV, raising=False)
    assert ParseCache.from_env(nlp).max_bytes == DEFAULT_CACHE_MB * 2**20
    monkeypatch.setenv(CACHE_MB_ENV, "0")
    assert ParseCache.from_env(nlp) is None
    assert Enricher(nlp).cache is None
    monkeypatch.setenv(CACHE_MB_ENV, "1.5")
    assert ParseCache.from_env(nlp).max_bytes == 3 * 2**19
    for bad in ("-1", "lots"):
        monkeypatch.setenv(CACHE_MB_ENV, bad)
        with pytest.raises(InvalidCacheSetting, match=CACHE_MB_ENV):
            ParseCache.from_env(nlp)
    result = CliRunner().invoke(cli, ["enrich", "-"], input="Some text.")
    assert result.exit_code != 0 and CACHE_MB_ENV in result.output


def test_paragraph_reuse_reaches_the_metrics():
    def value(name: str) -> float:
        return REGISTRY.get_sample_value(name) or 0.0

    before = {n: value(n) for n in ("newswire_parse_cache_hits_total", "newswire_parse_cache_misses_total",
                                    "newswire_parse_cache_saved_seconds_total")}
    metrics.record_parse_cache(CacheUse(hits=3, misses=2, saved_seconds=0.25, cache_bytes=12_345))
    assert value("newswire_parse_cache_hits_total") - before["newswire_parse_cache_hits_total"] == 3
    assert value("newswire_parse_cache_misses_total") - before["newswire_parse_cache_misses_total"] == 2
    assert value("newswire_parse_cache_saved_seconds_total") - before[
        "newswire_parse_cache_saved_seconds_total"] == pytest.approx(0.25)
    assert value("newswire_parse_cache_bytes") == 12_345
