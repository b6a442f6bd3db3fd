"""MEETINGS: "here" is the dateline's place (invented stories)."""

from __future__ import annotations

import datetime as dt

from tests.unit.readers import meetings_in

PUBLISHED = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


def test_here_under_the_opening_dateline(nlp):
    text = "OSLO, March 3 (Agency) - Union leader Mara Tolk met mine managers here on Monday."
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert meeting.location is not None and meeting.location.name == "Oslo"
    assert {p.name for p in meeting.participants} >= {"Mara Tolk"}


def test_here_under_a_paragraph_dateline_of_a_digest(nlp):
    text = (
        "LIMA - The council passed the budget on Monday.\n\n"
        "NAIROBI - Health Minister Olek Sand discussed vaccines with hospital directors at a committee meeting here."
    )
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert meeting.location is not None and meeting.location.name == "Nairobi"
    assert meeting.mode == "in_person"


def test_here_in_a_later_paragraph_takes_the_story_dateline(nlp):
    text = "BRUSSELS, March 3 - The vote passed.\n\nMayor Teodor Hale held a meeting with the city council here."
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert meeting.location is not None and meeting.location.name == "Brussels"


def test_dateline_alone_places_nothing(nlp):
    text = "OSLO - Union leader Mara Tolk met mine managers on Monday. She was glad to be here."
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert meeting.location is None


def test_here_without_a_dateline_places_nothing(nlp):
    text = "Union leader Mara Tolk met managers of Dunmore Mining here on Monday."
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert meeting.location is None
