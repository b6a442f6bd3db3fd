"""Talks reported by a spokesperson or official whose title names a country are that country's talks; a
minister or anyone else named by their own office keeps their own side. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article

WEDNESDAY = dt.datetime(2024, 3, 13, 9, 0, tzinfo=dt.UTC)


def _sides(nlp, text: str) -> list[set[str]]:
    meetings = extract_meetings(parse(Article(id="t", text=text, published_at=WEDNESDAY), nlp))
    return [{p.name for p in m.participants} for m in meetings]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Senior Norwegian government spokesman Arne Tolvik spoke to students in Lisbon.\n\nHe said he expected "
         "the ongoing talks with the Harbor Creditors Group to end the dispute soon.",
         {"Norway", "Harbor Creditors Group"}),
        ("Talks with the Ferris Drivers Union are going well, Chilean foreign ministry spokeswoman Marta Quesnel "
         "said.", {"Chile", "Ferris Drivers Union"}),
        ("Senior Kenyan official Dario Pellucci said talks with the Tolliver Institute would resume next week.",
         {"Kenya", "Tolliver Institute"}),
    ],
)
def test_a_voice_titled_by_its_country_reports_the_country_s_talks(nlp, text, sides):
    assert _sides(nlp, text) == [sides]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Kenyan Finance Minister Dario Pellucci said talks with the Tolliver Institute would resume next week.",
         {"Dario Pellucci", "Tolliver Institute"}),
        ("Spokesman Arne Tolvik said talks with the Harbor Creditors Group would resume next week.",
         {"Arne Tolvik", "Harbor Creditors Group"}),
    ],
)
def test_own_office_or_no_country_keeps_the_speaker(nlp, text, sides):
    assert _sides(nlp, text) == [sides]
