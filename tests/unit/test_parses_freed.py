"""An enriched article's parse is freed as soon as it is dropped, not at the next garbage collection."""

from __future__ import annotations

import gc
import weakref

import pytest
from spacy.language import Language

from streams.enrich import pipeline
from streams.enrich.cast import cast_of, release_cast
from streams.enrich.nlp import parse
from streams.ingest.article import Article

# Statements, a meeting and pronouns, so that every reader of the cast (its resolver too) has run.
TEXT = (
    "Harbour commissioner Ilsa Brandvik met the ferry operators' union on Tuesday to discuss the winter timetable.\n\n"
    "\"We found common ground on the night crossings,\" she said after the talks. Union secretary Tomas Wendell said"
    " the crews would vote on the offer next week."
)


@pytest.fixture
def parses(monkeypatch) -> list[weakref.ref]:
    """Weak references to the parse of every article enriched."""
    made: list[weakref.ref] = []

    def tracked(article, nlp, cache=None):
        parsed = parse(article, nlp, cache)
        made.append(weakref.ref(parsed.doc))
        return parsed

    monkeypatch.setattr(pipeline, "parse", tracked)
    return made


def test_an_enriched_articles_parse_is_freed_without_a_collection(nlp: Language, parses) -> None:
    enricher = pipeline.Enricher(nlp, cache=None)
    gc.disable()
    try:
        enrichment = enricher.enrich(Article(id="t", text=TEXT))
        assert parses and parses[0]() is None
    finally:
        gc.enable()
    assert enrichment.meetings and enrichment.statements  # the readers that hold the cast all ran
    assert enrichment.statements[0].speaker.name == "Ilsa Brandvik"


def test_a_released_cast_leaves_the_doc_and_is_built_anew_on_asking(nlp: Language) -> None:
    doc = parse(Article(id="t", text=TEXT), nlp).doc
    first = cast_of(doc)
    release_cast(doc)
    assert doc._.cast is None
    again = cast_of(doc)
    assert again is not first and [p.name for p in again.people] == [p.name for p in first.people]


def test_a_cast_not_released_stays_on_its_doc(nlp: Language) -> None:
    doc = parse(Article(id="t", text=TEXT), nlp).doc
    assert cast_of(doc) is doc._.cast is cast_of(doc)
