"""MEETINGS told as talks held in a country that name no side of their own ("X, on a visit after talks in A",
"X held talks in A") meet the country's government, one encounter per country; talks in a city, talks with a
named side, talks held by several, and a country that is only where someone else's talks were do not. Every
name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # business
        ("Trade Minister Ilse Marrow spoke on Monday. Marrow, now on a two-week visit after talks in Chile, "
         "said exports would improve.", {"Ilse Marrow", "Chile"}),
        # health
        ("Health Minister Piet Vang held talks in Kenya last week on hospitals.", {"Piet Vang", "Kenya"}),
        # labour
        ("Union leader Rui Patel held talks in Norway on Tuesday about wages.", {"Rui Patel", "Norway"}),
    ],
)
def test_talks_in_a_country_meet_it(run, text, sides):
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


def test_talks_in_several_countries_are_one_encounter_each(run):
    found = run("Club chairman Tomas Reyl spoke on Monday. Reyl, now on a visit after talks in Peru and "
                "Portugal, said transfers would improve.")
    assert sorted(sorted(side_names(m)) for m in found) == [["Peru", "Tomas Reyl"], ["Portugal", "Tomas Reyl"]]


def test_talks_with_a_named_side_keep_the_country_a_venue(run):
    [meeting] = run("Mayor Lena Sorb held talks in Portugal with employers on Monday.")
    assert side_names(meeting) == {"Lena Sorb", "employers"}


def test_talks_held_by_two_keep_the_country_a_venue(run):
    [meeting] = run("Health Minister Piet Vang and Prime Minister Ana Kreel held talks in Vietnam on Monday.")
    assert side_names(meeting) == {"Piet Vang", "Ana Kreel"}


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Lena Sorb held talks in Marlow on Monday.",  # a city is only where
        "Professor Dana Kolb said the bloc's talks in Chile ended on Monday.",  # someone else's talks
        "Talks in Peru between the union and the employers broke down, union leader Rui Patel said.",
        "Coach Tomas Reyl spent a week in Kenya on holiday.",  # sport: a trip, no talks
    ],
)
def test_other_talks_abroad_do_not_meet_the_country(run, text):
    assert not any(side & {"Chile", "Peru", "Kenya"} for side in map(side_names, run(text)))
