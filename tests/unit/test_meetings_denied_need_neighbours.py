"""MEETINGS: the neighbours of the meeting words that tell none (a denied need for a meeting, a company's
meeting of its own shareholders: test_meetings_no_encounter.py) keep their encounter when a real counterpart is
met. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("Mayor Oskar Lindqvist said a meeting with Governor Ilse Marrow was planned for Tuesday.",
     {"Oskar Lindqvist", "Ilse Marrow"}, "planned"),
    ("Director Jonas Eklund met shareholders of Quarry Foods Inc in Tavira on Tuesday.",
     {"Jonas Eklund", "Quarry Foods Inc"}, "held"),
])
def test_neighbours_still_meet(nlp, text, sides, status):
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert sides <= side_names(meeting)
    assert meeting.status == status
