"""Forecasts the small parser folds into the next clause's subject ("X forecast revenue would fall" read as
the noun phrase "forecast revenue"), and a singular cue read as the noun heading its sentence ("the guild
forecast that ..."). Invented sentences from several beats, and noun and adjective uses that stay as read."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote) for s in statements]


FORECASTS = [  # business, sport, health, culture
    (
        "Tessa Morrow forecast revenue would fall by 30 mln dlrs next year.",
        ("Tessa Morrow", "indirect", "revenue would fall by 30 mln dlrs next year"),
    ),
    (
        "Coach Rilo Danek projected attendance will rise by 12 pct this season.",
        ("Rilo Danek", "indirect", "attendance will rise by 12 pct this season"),
    ),
    (
        "Dr Hanne Vos estimated admissions would climb in the winter.",
        ("Hanne Vos", "indirect", "admissions would climb in the winter"),
    ),
    (
        "Curator Lio Berrin forecast that ticket sales would double.",
        ("Lio Berrin", "indirect", "ticket sales would double"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORECASTS)
def test_forecast_read_as_a_modifier_reports_the_clause(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert said(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The weather forecast for the weekend is rain.",
        "The forecast rise in rates did not happen.",
        "An estimated 5,000 fans attended the final.",
        "The projected budget rose to 4 mln dlrs.",
        "The forecast attendance was 20,000.",
        "Projected revenue for 1988 is 5 mln dlrs.",
    ],
)
def test_forecast_nouns_and_adjectives_report_nothing(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []
