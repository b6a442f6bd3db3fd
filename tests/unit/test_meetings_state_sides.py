"""MEETINGS between states told through their people and their tours: "<nationality> officials" are the country
("Kenyan officials sat down with a lenders' panel" is Kenya's meeting), "they" of a "when" clause is
the group whose clause it times, and a tour of a region's states or of a group's members is meeting them.

Every sentence is invented (Kenya, Ghana, Peru stand for any state; the people and firms are made up).
Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "country"), [
    # debt
    ("Kenyan officials sat down with a panel of lenders in Oslo on Monday for a third round of talks on loan terms.",
     "Kenya"),
    # trade
    ("Trade officials said Ghanaian negotiators held talks with the Tarnvale Grain Board on Monday.", "Ghana"),
    # diplomacy
    ("Minister Ana Ruiz held talks with Peruvian envoys in Lisbon on Monday, her office said.", "Peru"),
])
def test_a_state_told_by_its_peoples_nationality_is_the_country(run, text: str, country: str) -> None:
    [meeting] = run(text)
    assert country in side_names(meeting)
    assert not any(n.endswith(("officials", "negotiators", "envoys")) for n in side_names(meeting))


def test_a_word_that_narrows_the_people_keeps_them_as_written(run) -> None:
    [meeting] = run("Bank president Ivo Marsh met leading Kenyan ministers in Nairobi on Monday.")
    assert side_names(meeting) == {"Ivo Marsh", "leading Kenyan ministers"}


def test_they_of_a_when_clause_is_the_group_whose_clause_it_times(run) -> None:
    [meeting] = run("The Harbour Review said the fishing accord was close, but Kenyan officials gave no ground when "
                    "they sat down with Ghanaian counterparts on Monday.")
    assert side_names(meeting) == {"Kenya", "Ghana"}


@pytest.mark.parametrize(("text", "sides"), [
    # diplomacy
    ("The ministry spoke out as Kenyan envoys toured Andean states urging support for the river treaty.",
     {"Kenya", "Andean states"}),
    # commodities
    ("Ivo Marsh, a member of the tin pact's pricing committee that is now touring syndicate members, said "
     "stocks would fall.", {"Ivo Marsh", "syndicate members"}),  # the committee itself may stand beside him
])
def test_a_tour_of_a_regions_states_or_a_groups_members_meets_them(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert sides <= side_names(meeting)
    assert meeting.status == "held"


@pytest.mark.parametrize("text", [
    # politics: a campaign, no one met
    "Senator Ivo Marsh toured southern states on Monday to rally voters.",
    "Senator Ivo Marsh toured battleground states last week.",
    # industry: a site with no named partner
    "Kenyan officials toured the Tarnvale plant on Monday.",
    # music
    "The Harbour Quartet toured Asian capitals last spring.",
])
def test_tours_that_meet_no_one_are_no_meeting(run, text: str) -> None:
    assert run(text) == []
