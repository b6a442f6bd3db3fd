"""MEETINGS: the true encounters next to meeting words that tell none (a company's vote put to its holders at
their meeting, a summit as backdrop, talks with a party nobody has named, taking part in an activity; those
are in test_meetings_no_encounter.py). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    # the holder is named: a counterpart, not the company's own owners
    ("Quarry Foods Inc will submit the plan to the Ostrel Pension Fund at a meeting on May 14.",
     {"Quarry Foods Inc", "Ostrel Pension Fund"}),
    # a summit told with its counterpart
    ("President Ana Vell will fly to Ostrel for a summit with Prime Minister Tomas Greb on May 14.",
     {"Ana Vell", "Tomas Greb"}),
    # joining talks is attending them
    ("Chairman Ilse Marrow will take part in talks with Mayor Lena Sorb on Monday.", {"Ilse Marrow", "Lena Sorb"}),
])
def test_planned_encounter_keeps_its_sides(nlp, text, sides):
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert side_names(meeting) == sides
    assert meeting.status == "planned"


@pytest.mark.parametrize(("text", "sides"), [
    # talks before a summit are the two leaders' own
    ("Prime Minister Tomas Greb met President Ana Vell before the summit of Nordic leaders.",
     {"Tomas Greb", "Ana Vell"}),
    # a delegation from a body is a known counterpart
    ("Halvorsen Corp and Quarry Foods Inc met with a delegation from the drivers union on Monday.",
     {"Halvorsen Corp", "Quarry Foods Inc"}),
])
def test_held_encounter_keeps_its_sides(nlp, text, sides):
    assert any(sides <= side_names(m) for m in meetings_in(nlp, text, published=PUBLISHED))
