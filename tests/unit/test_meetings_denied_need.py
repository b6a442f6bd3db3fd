"""MEETINGS: an encounter whose need or plan is denied ("a meeting with X was not needed"), a company's
meeting of its own shareholders and a group's session a market waits "until" are no encounters; the same
words with a real counterpart are. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


@pytest.mark.parametrize("text", [
    "Mayor Oskar Lindqvist said a meeting with the Ferrow county council was not needed.",
    "Coach Dagny Torvik said talks with the Dalby Athletic club were not necessary.",
    "A spokesman said a meeting between Ilse Marrow and Tomas Greb is not planned.",
    "Quarry Foods Inc said it would hold its yearly meeting of shareholders on May 4 in Tavira.",
    "Halvorsen Mining Corp will put the plan to a special meeting of stockholders next month.",
    "Dealers said grain prices would stay flat until the meeting of exporting countries next week.",
])
def test_denied_or_own_meeting_is_none(nlp, text):
    assert meetings_in(nlp, text, published=PUBLISHED) == []


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
