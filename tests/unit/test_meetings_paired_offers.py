"""MEETINGS told by their sides joined with a hyphen or en dash ("the day after the A-B meeting"), encounters
that a plan follows and that are judged by how they went ("could sign after a productive meeting with X"), and
offers to meet at an occasion that are turned down ("willing to meet X at the summit. X ruled out any talks").

Every sentence is invented. Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


# --- "the A-B meeting": the sides of a hyphenated pair --------------------------------------------


@pytest.mark.parametrize(("text", "sides"), [
    ("Chief executive Ingrid Solberg and union leader Kwame Mensah have long disagreed. The deal was signed on "
     "Friday, the day after the Solberg-Mensah meeting.", {"Ingrid Solberg", "Kwame Mensah"}),
    ("Coach Diego Alvarez and club chairman Hiroshi Nakamura have long disagreed. The Alvarez–Nakamura talks "
     "ended without agreement on Tuesday.", {"Diego Alvarez", "Hiroshi Nakamura"}),
    ("Judge Amara Okonkwo and prosecutor Pavel Novak have long disagreed. Details of the Novak-Okonkwo meeting "
     "emerged on Monday.", {"Amara Okonkwo", "Pavel Novak"}),
    ("Director Leila Haddad and producer Sean O'Brien have long disagreed. The Haddad-O'Brien peace talks "
     "resumed on Wednesday.", {"Leila Haddad", "Sean O'Brien"}),
    ("The Chile-Peru summit was held in Lima on Monday.", {"Chile", "Peru"}),
])
def test_a_hyphenated_pair_names_the_sides(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


@pytest.mark.parametrize("text", [
    "Chief executive Ana Ruiz-Pérez met the board on Monday. The Ruiz-Pérez meeting went well.",
    "The Rolls-Royce talks with unions ended on Friday.",
    "Passengers on the Paris-Berlin train were delayed after a meeting on Monday.",
    "Judge Marta Lopez-Garcia held a hearing on Monday. The Lopez-Garcia meeting with lawyers ran late.",
    "Leaders gathered at the Asia-Pacific summit in Lima on Monday.",
    "Spain beat Italy 3-1 on Saturday. The Spain-Italy meeting was the first since 2010.",
])
def test_no_pair_without_two_sides_the_article_names(run, text: str) -> None:
    assert run(text) == []


# --- "could sign after a productive meeting with X": the plan follows, the meeting was held --------


@pytest.mark.parametrize("text", [
    "Union leader Diego Alvarez says he could end the strike within days after a constructive meeting this "
    "morning with rail chief Hiroshi Nakamura.",
    "Defence lawyer Amara Okonkwo will file a plea deal next week following a productive meeting with "
    "prosecutor Pavel Novak.",
    "Director Leila Haddad is set to start filming in June after a meeting with producer Sean O'Brien yesterday.",
    "Health Minister Sione Tupou expects to settle the dispute this month after tense talks with nurses' leader "
    "Fatima Zahra earlier this week.",
])
def test_an_encounter_judged_or_dated_behind_is_held(run, text: str) -> None:
    [meeting] = run(text)
    assert meeting.status == "held"
    assert meeting.mode == "in_person"


@pytest.mark.parametrize("text", [
    "Striker Diego Alvarez could extend his contract after a meeting with club chairman Hiroshi Nakamura on Friday.",
    "Defence lawyer Amara Okonkwo says she will file a plea deal after a meeting with prosecutor Pavel Novak "
    "next week.",
])
def test_an_encounter_a_plan_follows_stays_planned(run, text: str) -> None:
    [meeting] = run(text)
    assert meeting.status == "planned"


# --- an offer to meet at an occasion, turned down ----------------------------------------------------


@pytest.mark.parametrize(("text", "sides"), [
    ("Prime Minister Priya Raman said she was willing to meet President Jonas Berg on the sidelines of the "
     "summit in Geneva. Sweden ruled out any talks.", {"Priya Raman", "Jonas Berg"}),
    ("Chief executive Ingrid Solberg offered to meet union leader Kwame Mensah at the conference in Bergen next "
     "week, but Mensah declined.", {"Ingrid Solberg", "Kwame Mensah"}),
    ("Coach Diego Alvarez said he was ready to hold talks with club owner Hiroshi Nakamura in Osaka on Monday. "
     "The club rejected the offer.", {"Diego Alvarez", "Hiroshi Nakamura"}),
    ("Mayor Sofia Marquez is prepared to meet Governor Tomasz Wojcik in Krakow before the vote. Wojcik has "
     "turned down the invitation.", {"Sofia Marquez", "Tomasz Wojcik"}),
])
def test_an_offer_turned_down_is_called_off(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "cancelled"


@pytest.mark.parametrize("text", [
    "Prime Minister Priya Raman said she was willing to meet President Jonas Berg in Geneva next week.",
    "Chief executive Ingrid Solberg said she was willing to meet union leader Kwame Mensah in Bergen next week. "
    "Mensah rejected the claims.",
    "Coach Diego Alvarez said he was willing to meet club owner Hiroshi Nakamura at any time. Nakamura ruled "
    "out talks.",
    "Mayor Sofia Marquez said she was willing to meet Governor Tomasz Wojcik in Krakow next week. Wojcik did "
    "not rule out talks.",
])
def test_an_offer_not_turned_down_is_no_meeting(run, text: str) -> None:
    assert run(text) == []


def test_a_refusal_after_a_held_meeting_leaves_it_held(run) -> None:
    [meeting] = run("Judge Amara Okonkwo met prosecutor Pavel Novak in Prague on Monday. Novak rejected the offer.")
    assert meeting.status == "held"
