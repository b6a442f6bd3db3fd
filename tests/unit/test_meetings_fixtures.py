"""MEETINGS: two teams that meet, host, face, welcome or visit each other play a fixture, not a meeting.

Team nicknames ("the Lions", "the Storm"), club names ("Ashby City") and, in an article that speaks of sport,
countries are sides of a game whether or not the sentence names the contest. The other side: teams meeting to
discuss something or over a topic, parties named by a plural, countries in a page of diplomacy, and people of a
league, a club or a federation meeting others stay meetings. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("text", [
    "The Lions will meet the Tigers at home next week.",
    "The Hawks meet the Storm on Saturday.",
    "The Rovers hosted the Saints on Friday night.",
    "The Bulldogs and the Dragons met on Sunday afternoon.",
    "The Wolves welcome the Bears on Saturday.",
    "The Panthers meet the Falcons on Saturday at the stadium.",
    "The coach named an unchanged side. The Kings and the Giants meet on Saturday.",
    "Brindle County welcome Harlow Wanderers on Saturday.",
    "Kenya met Fiji on Saturday and won with a late try.",
    "Italy will meet Argentina at the stadium next week.",
    "Tickets sold out within an hour. Brazil met Japan on Sunday in front of a full stadium.",
])
def test_two_teams_playing_are_no_meeting(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("The Lions met the Tigers on Monday to discuss a merger.", {"Lions", "Tigers"}),
    ("The Rovers hosted the Saints for talks on the merger on Monday.", {"Rovers", "Saints"}),
    ("Redcliff United met Pellham Rangers on Monday to discuss a merger.", {"Redcliff United", "Pellham Rangers"}),
    ("The Greens met the Liberals on Monday as the budget season began.", {"Greens", "Liberals"}),
    ("Canada met Mexico on Monday. Officials said there was common ground on trade.", {"Canada", "Mexico"}),
    ("India will try to meet Nepal before the summit.", {"India", "Nepal"}),
    ("Kenya met Uganda on Monday and found common ground on trade.", {"Kenya", "Uganda"}),
    ("The Petrovs hosted the Odums at their home on Friday.", {"Petrovs", "Odums"}),  # families, not nicknames
])
def test_sides_meeting_as_bodies_still_meet(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize(("text", "sides"), [
    ("The league's chief executive, Marta Kovac, met the Players Union on Monday.", {"Marta Kovac", "Players Union"}),
    ("Federation president Dev Raman met Sports Minister Ana Petrov on Wednesday to discuss funding for the league.",
     {"Dev Raman", "Ana Petrov"}),
    ("Officials of the World Netball Council held talks with the Fenwick Netball Federation on Tuesday.",
     {"World Netball Council", "Fenwick Netball Federation"}),
])
def test_people_of_the_sport_meeting_others_still_meet(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
