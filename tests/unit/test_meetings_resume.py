"""MEETINGS told in a headline-like present ("Talks between A and B resume on Monday"): the small model may
read the verb as a noun or a bare infinitive, and the dated present still tells a schedule.

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
        return extract_meetings(parse(Article(id="r", text=text, published_at=PUBLISHED), nlp))

    return extract


def surnames(meeting: Meeting) -> set[str]:
    return {p.name.split()[-1] for p in meeting.participants}


@pytest.mark.parametrize(("text", "sides"), [
    ("Talks between Chief executive Marta Kowalczyk and union leader Ravi Menon resume on Monday.",
     {"Kowalczyk", "Menon"}),
    ("Talks between Mayor Ines Carvalho and Governor Maria Okafor resume on Monday.", {"Carvalho", "Okafor"}),
    ("Talks between Judge Pieter de Groot and prosecutor Dana Whitfield resume on Monday.",
     {"Groot", "Whitfield"}),
    ("Talks between Coach Tunde Bakare and club president Sven Lindqvist resume on Monday.",
     {"Bakare", "Lindqvist"}),
])
def test_talks_that_resume_on_a_day_are_planned(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.status == "planned"
    assert meeting.date is not None and meeting.date.iso == "2026-03-16"


@pytest.mark.parametrize("text", [
    "Talks between Mayor Ines Carvalho and Governor Maria Okafor resumed on Monday.",
    "Talks between Minister Aisha Rahman and Ambassador Keiko Sato resumed on Monday after a break.",
])
def test_talks_that_resumed_were_held(run, text: str) -> None:
    [meeting] = run(text)
    assert meeting.status == "held"
    assert meeting.date is not None and meeting.date.iso == "2026-03-09"


@pytest.mark.parametrize(("text", "sides"), [
    ("Mayor Ines Carvalho and Governor Maria Okafor agreed on a resumption of talks next week.",
     {"Carvalho", "Okafor"}),
    ("Coach Tunde Bakare and club president Sven Lindqvist agreed on a new round of talks.", {"Bakare", "Lindqvist"}),
    ("Union leader Ravi Menon agreed to talks with chief executive Marta Kowalczyk on Friday.",
     {"Menon", "Kowalczyk"}),
    ("Dr Priya Raman and Professor Lars Eriksen agreed on a resumption of talks in Uppsala.", {"Raman", "Eriksen"}),
])
def test_those_who_agree_on_talks_are_their_sides(run, text: str, sides: set[str]) -> None:
    """"agreed on a resumption of talks": the talks are still to come, and those who agree hold them."""
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.status == "planned"


def test_agreeing_on_the_need_for_talks_is_no_encounter(run) -> None:
    assert run("Minister Aisha Rahman and Ambassador Keiko Sato agreed on the need for talks.") == []
