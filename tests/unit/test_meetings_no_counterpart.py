"""MEETINGS: meeting words with no encounter between the sides read off them: a company putting a vote to its
holders at their meeting, a summit named as what a paper is for, talks with a party nobody has named yet,
taking part in an activity that is no gathering (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


@pytest.mark.parametrize("text", [
    # a vote put to the company's own holders at their meeting
    "Halvorsen Corp said it will submit the plan to stockholders at a special meeting set for May 14.",
    "Brightwater Ltd will put the buyout offer to unitholders at its annual meeting in Varn on June 2.",
    # a summit as the backdrop of a paper or of work done ahead of it
    "In a paper prepared for today's summit meeting of Andean leaders, Varnia proposed a new levy on imports.",
    "The draft, written for next week's summit of Baltic health ministers, calls for more vaccine funds.",
    # the counterpart is unnamed: the two named bodies are one side
    "Halvorsen Corp and Brightwater Ltd will negotiate with a third party to be the auditor of the fund.",
    "The nurses union and the hospital trust will negotiate with an independent mediator to be named later.",
    # taking part in an activity, said twice, next to a speech to the body's own meeting
    "The Varnian National Bank will continue to take part in joint action on markets as necessary, president "
    "Otto Brenn told the bank's annual meeting. \"We are resolved to take part in joint action where possible,\" "
    "Brenn said.",
])
def test_no_encounter(nlp, text):
    assert meetings_in(nlp, text, published=PUBLISHED) == []


@pytest.mark.parametrize(("text", "sides"), [
    # the holder is named: a counterpart, not the company's own owners
    ("Quarry Foods Inc will submit the plan to the Ostrel Pension Fund at a meeting on May 14.",
     {"Quarry Foods Inc", "Ostrel Pension Fund"}),
    # a summit told with its counterpart
    ("President Ana Vell will fly to Ostrel for a summit with Prime Minister Tomas Greb on May 14.",
     {"Ana Vell", "Tomas Greb"}),
    # taking part in talks is attending them
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
