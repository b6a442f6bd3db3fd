"""MEETINGS owned by "their": "After their meeting on Tuesday, A and B told reporters ..." - the sides are the
coordinated subject of the clause the encounter hangs on, whether it comes before or after the encounter.

Every sentence is invented. Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import load_nlp, parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def run():
    nlp = load_nlp()

    def extract(text: str) -> list[Meeting]:
        return extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp))

    return extract


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("After their meeting on Tuesday, Mayor Ines Carvalho and Governor Maria Okafor told reporters they had "
     "made progress.", {"Ines Carvalho", "Maria Okafor"}, "held"),
    ("Before their meeting on Friday, Minister Aisha Rahman and Ambassador Keiko Sato will exchange letters.",
     {"Aisha Rahman", "Keiko Sato"}, "planned"),
    ("Dr Priya Raman and Professor Lars Eriksen said their meeting on Monday had been useful.",
     {"Priya Raman", "Lars Eriksen"}, "held"),
    ("Union leader Ravi Menon and chief executive Marta Kowalczyk said their talks would continue next week.",
     {"Ravi Menon", "Marta Kowalczyk"}, "planned"),
])
def test_their_encounter_belongs_to_the_clause_subject(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == sides
    assert meeting.status == status


def test_their_encounter_needs_two_sides_named(run) -> None:
    """One person is no "their": the possessor stays unresolved and no encounter is made up."""
    assert run("After their meeting on Tuesday, Coach Tunde Bakare told reporters he was pleased.") == []
