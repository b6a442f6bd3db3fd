"""MEETINGS told as a state, "A and B were in talks": with both sides as the subject the talks are theirs;
"in talks to merge" or "in talks over a takeover" is a deal being negotiated, no encounter.

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
    ("Minister Aisha Rahman and Ambassador Keiko Sato were in talks on Monday about the border.",
     {"Aisha Rahman", "Keiko Sato"}, "held"),
    ("Union leader Ravi Menon and chief executive Marta Kowalczyk have been in talks since Monday.",
     {"Ravi Menon", "Marta Kowalczyk"}, "held"),
    ("Coach Tunde Bakare and club president Sven Lindqvist will be in talks on Friday over a new contract.",
     {"Tunde Bakare", "Sven Lindqvist"}, "planned"),
    ("Dr Priya Raman and Professor Lars Eriksen were in talks late into the night in Uppsala.",
     {"Priya Raman", "Lars Eriksen"}, "held"),
])
def test_both_sides_in_talks_is_an_encounter(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Volta Motors and Kesari Steel are in talks to merge.",
    "Volta Motors and Kesari Steel remain in talks over a merger.",
    "Volta Motors is in talks to buy Kesari Steel.",
])
def test_a_deal_in_talks_is_no_encounter(run, text: str) -> None:
    assert run(text) == []
