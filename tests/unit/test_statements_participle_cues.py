"""A that-less report whose subject is a noun compound ("conceded wheat exports had fallen"): the parse may read
the cue as a participle describing that subject and the clause's verb as the sentence's. A cue with a
subject of its own is no adjective, so the report is the clause after it. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str, str | None]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote, s.cue) for s in statements]


REPORTED = [  # farming, education, culture, utilities, transport
    (
        "Mr Okafor conceded wheat exports had fallen since the drought.",
        ("Okafor", "indirect", "wheat exports had fallen since the drought", "conceded"),
    ),
    (
        "Mr Tuilagi conceded school enrolments had dropped since the fire.",
        ("Tuilagi", "indirect", "school enrolments had dropped since the fire", "conceded"),
    ),
    (
        "Sione Tuilagi conceded gallery visits had climbed since the reopening.",
        ("Sione Tuilagi", "indirect", "gallery visits had climbed since the reopening", "conceded"),
    ),
    (
        "Mr Okafor conceded water bills would rise in July.",
        ("Okafor", "indirect", "water bills would rise in July", "conceded"),
    ),
    (
        "Mr Halvorsen confirmed tram delays had grown since the winter.",
        ("Halvorsen", "indirect", "tram delays had grown since the winter", "confirmed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_cue_read_as_participle_still_reports_the_clause(nlp: Language, text: str, expected) -> None:
    assert said(nlp, text) == [expected]


NO_REPORT = [  # a real participle before a noun, with no speaker of its own: wildlife, crime
    "Threatened species had declined across the valley.",
    "Reported thefts had risen by a third in the town.",
]


@pytest.mark.parametrize("text", NO_REPORT)
def test_real_participle_reports_nothing(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []
