""""Meetings with A and B" is a round of meetings, one with each side coordinated after "with"; a single
meeting, or talks (a plural-only noun), with A and B stays one encounter of all three."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)  # a Thursday


def sides(found: list[Meeting]) -> list[set[str]]:
    return [{p.name for p in m.participants} for m in found]


@pytest.mark.parametrize(("text", "pairs"), [
    ("In his meetings with Prime Minister Ana Ruiz and senior Kenyan ministers, Ivo Brandt has not sought any "
     "changes.", [{"Ivo Brandt", "Ana Ruiz"}, {"Ivo Brandt", "senior Kenyan ministers"}]),
    ("Coach Ruth Ambling held meetings with club chairman Ivo Brandt and league president Tomas Velder on Monday.",
     [{"Ruth Ambling", "Ivo Brandt"}, {"Ruth Ambling", "Tomas Velder"}]),
    ("Acme chief Ines Parro held separate meetings with the Eastvale Steel Company and the Harbour Board last week.",
     [{"Ines Parro", "Eastvale Steel Company"}, {"Ines Parro", "Harbour Board"}]),
])
def test_a_round_of_meetings_is_one_per_side(run, text, pairs):
    assert sorted(sides(run(text)), key=sorted) == sorted(pairs, key=sorted)


@pytest.mark.parametrize("text", [
    "Coach Ruth Ambling held talks with club chairman Ivo Brandt and league president Tomas Velder on Monday.",
    "Coach Ruth Ambling held a meeting with club chairman Ivo Brandt and league president Tomas Velder on Monday.",
])
def test_one_meeting_or_talks_with_two_stays_one(run, text):
    assert sides(run(text)) == [{"Ruth Ambling", "Ivo Brandt", "Tomas Velder"}]
