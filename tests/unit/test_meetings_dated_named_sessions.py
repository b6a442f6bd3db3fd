"""A named body of members' meeting whose own words give it a month, a weekday, a town or a due date ("a Verden
Bankers Club meeting in Lisbon", "the October X Association meeting") is the body's session even where the
clause tells it only in passing (eval/README.md, "Sessions of bodies"); the same meeting with none of these, a
firm's meeting, or a gathering spoken at stays a setting."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=MONDAY)


@pytest.mark.parametrize(("text", "body"), [
    ("Plans for a Verden Bankers Club meeting in Lisbon were drawn up on Monday.", "Verden Bankers Club"),
    ("Prospects for a deal at the October Tarvel Growers Association meeting are unclear, he said.",
     "Tarvel Growers Association"),
    ("Any change would go to a Harn Trade Union meeting due in Riga late this year.", "Harn Trade Union"),
])
def test_a_named_bodys_meeting_with_its_own_day_or_town_is_its_session(meetings, text, body):
    assert [side_names(m) for m in meetings(text)] == [{body}]


def test_the_town_on_the_meeting_is_its_place(meetings):
    found = meetings("Desks were short of staff, with dozens of dealers gone to a Verden Bankers Association meeting "
                     "in Lisbon.")
    assert [m.location.name if m.location else None for m in found] == ["Lisbon"]


@pytest.mark.parametrize("text", [
    "Since the Tarvel Growers Association meeting, prices have fallen.",  # a clock, no day or town of its own
    "Osric Pell spoke at a Harn Rowing Club meeting in Lyon on Friday.",  # a speech at a gathering
    "Shares rose ahead of the Orlen Textiles meeting in Paris.",  # a firm's meeting: the open convention
])
def test_a_meeting_named_in_passing_without_its_own_day_or_town_stays_a_setting(meetings, text):
    assert meetings(text) == []
