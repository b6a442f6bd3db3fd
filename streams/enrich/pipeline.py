"""Article → Enrichment: parse once, run each extractor, time each stage.

Failure policy: if any stage raises, the whole article fails with `EnrichmentFailed`
naming the stage, and the caller dead-letters it. Partial output would leave
`articles.enriched` incomplete without a consumer being able to tell, and a
dead-lettered article can be replayed whole once the bug is fixed.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from typing import Literal, TypeVar

from spacy.language import Language

from streams.enrich.cast import cast_of, release_cast
from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.extractors.sentiment import article_sentiment, span_tone
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Enrichment
from streams.enrich.nlp import ParsedArticle, load_nlp, parse, parse_many
from streams.enrich.speedups.parse_cache import ParseCache
from streams.enrich.speedups.preload import load_tables
from streams.enrich.speedups.settled_heap import settle_heap
from streams.enrich.vocabulary.places import era
from streams.ingest.article import Article

STAGES = ("parse", "cast", "statements", "meetings", "sentiment")

T = TypeVar("T")


class EnrichmentFailed(Exception):
    """An extractor raised on this article; `stage` says which one."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(f"{stage} failed: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause


def _timed(stage: str, timings: dict[str, float], fn: Callable[[], T]) -> T:
    started = time.perf_counter()
    try:
        return fn()
    except Exception as exc:
        raise EnrichmentFailed(stage, exc) from exc
    finally:
        timings[stage] = time.perf_counter() - started


class Enricher:
    """The enrichment core. One instance per process; `enrich` is thread-safe.

    Its output does not depend on what the parse cache holds (tests/unit/test_parse_cache.py).
    Making one builds every table the extractors read (`speedups.preload`), so the first article waits
    for none; the first one made in a process then freezes every object the process holds out of the
    garbage collector's full passes (`speedups.settled_heap`): the model and those tables are most of
    them, and they are never garbage.
    """

    def __init__(self, nlp: Language | None = None, cache: ParseCache | Literal["env"] | None = "env") -> None:
        """`cache`: a paragraph parse cache, None for none, or by default the one `NEWSWIRE_PARSE_CACHE_MB` sets."""
        self.nlp = nlp or load_nlp()
        self.cache = ParseCache.from_env(self.nlp) if cache == "env" else cache
        load_tables(self.nlp)  # the first article waits for no table
        settle_heap()  # the model's objects live as long as the process: keep full collections off them

    def enrich(self, article: Article) -> Enrichment:
        timings: dict[str, float] = {}
        parsed: ParsedArticle = _timed("parse", timings, lambda: parse(article, self.nlp, self.cache))
        return self._extract(parsed, timings)

    def enrich_many(self, articles: Sequence[Article]) -> list[Enrichment | EnrichmentFailed]:
        """`enrich` for a batch, in order; a failed article is returned as its error, not raised.

        One `nlp.pipe` pass parses every paragraph of the batch, which is where batching pays
        (the parser and NER step through many paragraphs at once). Each article's "parse"
        timing is its share of the batch's parse time, by length. If the batch parse itself
        fails, each article is enriched alone so that only the culprit fails.
        """
        if not articles:
            return []
        started = time.perf_counter()
        try:
            parsed = parse_many(articles, self.nlp, self.cache)
        except Exception:
            return [self._enrich_or_error(a) for a in articles]
        elapsed = time.perf_counter() - started
        total = sum(len(a.text) for a in articles) or 1
        results: list[Enrichment | EnrichmentFailed] = []
        for p in parsed:
            try:
                results.append(self._extract(p, {"parse": elapsed * len(p.text) / total}))
            except EnrichmentFailed as exc:
                results.append(exc)
        return results

    def _enrich_or_error(self, article: Article) -> Enrichment | EnrichmentFailed:
        try:
            return self.enrich(article)
        except EnrichmentFailed as exc:
            return exc

    def _extract(self, parsed: ParsedArticle, timings: dict[str, float]) -> Enrichment:
        with era(parsed.article.published_date):  # an article of 1987 names the states of 1987
            return self._extract_now(parsed, timings)

    def _extract_now(self, parsed: ParsedArticle, timings: dict[str, float]) -> Enrichment:
        try:
            _timed("cast", timings, lambda: cast_of(parsed.doc))  # who is who, read by every extractor
            statements = _timed("statements", timings, lambda: extract_statements(parsed))
            meetings = _timed("meetings", timings, lambda: extract_meetings(parsed))

            def tones() -> tuple:
                toned = [dataclasses.replace(s, tone=span_tone(parsed, s.span)) for s in statements]
                return article_sentiment(parsed, [s.span for s in statements]), toned

            sentiment, statements = _timed("sentiment", timings, tones)
        finally:
            release_cast(parsed.doc)  # the parse is freed when dropped, not at the next garbage collection
        return Enrichment(statements=statements, meetings=meetings, sentiment=sentiment, timings=timings,
                          parse_cache=parsed.cache_use)
