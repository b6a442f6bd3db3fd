"""Fixtures shared by all tests: the spaCy pipeline (loaded once) and sample articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "streams" / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from streams.enrich.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def enricher(nlp):
    from streams.enrich.pipeline import Enricher

    return Enricher(nlp)


@pytest.fixture(scope="session")
def sample_articles() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.json"))]


@pytest.fixture(scope="session")
def statement_label(nlp):
    """The tone label of a one-sentence text read as one statement."""
    from streams.enrich.extractors.sentiment import span_tone
    from streams.enrich.model import Span
    from streams.enrich.nlp import parse
    from streams.ingest.article import Article

    def run(text: str) -> str:
        return span_tone(parse(Article(id="s", text=text), nlp), Span(0, len(text))).label

    return run


@pytest.fixture(scope="session")
def rated_words(nlp):
    """The words of a one-sentence text that carried valence, lower-cased, with their valences."""
    from streams.enrich.extractors.sentiment.lexicon import news_lexicon
    from streams.enrich.extractors.sentiment.scorer import score_part

    def run(text: str) -> dict[str, float]:
        doc = nlp(text)
        return {doc[i].lower_: v for i, v in score_part(doc[:], news_lexicon()).words}

    return run


@pytest.fixture(scope="session")
def thursday_meetings(nlp):
    """The meetings of an invented text published on Thursday 2026-03-05, the day meeting tests count from."""
    import datetime as dt

    from streams.enrich.extractors.meetings import extract_meetings
    from streams.enrich.nlp import parse
    from streams.ingest.article import Article

    published = dt.datetime(2026, 3, 5, 10, 0, tzinfo=dt.UTC)

    def run(text: str) -> list:
        return extract_meetings(parse(Article(id="thursday", text=text, published_at=published), nlp))

    return run
