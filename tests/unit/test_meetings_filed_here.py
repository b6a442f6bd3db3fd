"""MEETINGS: "here" is the dateline's place (invented stories)."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    def run(text: str) -> list[Meeting]:
        return extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp))

    return run


def test_here_under_the_opening_dateline(meetings):
    [meeting] = meetings("OSLO, March 3 (Agency) - Union leader Mara Tolk met mine managers here on Monday.")
    assert meeting.location is not None and meeting.location.name == "Oslo"
    assert {p.name for p in meeting.participants} >= {"Mara Tolk"}


def test_here_under_a_paragraph_dateline_of_a_digest(meetings):
    text = (
        "LIMA - The council passed the budget on Monday.\n\n"
        "NAIROBI - Health Minister Olek Sand discussed vaccines with hospital directors at a committee meeting here."
    )
    [meeting] = meetings(text)
    assert meeting.location is not None and meeting.location.name == "Nairobi"
    assert meeting.mode == "in_person"


def test_here_in_a_later_paragraph_takes_the_story_dateline(meetings):
    text = "BRUSSELS, March 3 - The vote passed.\n\nMayor Teodor Hale held a meeting with the city council here."
    [meeting] = meetings(text)
    assert meeting.location is not None and meeting.location.name == "Brussels"


def test_dateline_alone_places_nothing(meetings):
    [meeting] = meetings("OSLO - Union leader Mara Tolk met mine managers on Monday. She was glad to be here.")
    assert meeting.location is None


def test_here_without_a_dateline_places_nothing(meetings):
    [meeting] = meetings("Union leader Mara Tolk met managers of Dunmore Mining here on Monday.")
    assert meeting.location is None
