"""MEETINGS: parties and other groups named by a capitalised plural are sides.

"The Greens met the Liberals", "Democrats and Republicans held talks", "talks between the Social Democrats and the
Nationals": the small model reads these names as a group (NORP) or not at all, so no side came out; the party is
the side, as an organisation. The precision side: team nicknames in a fixture, regions, one party meeting alone,
a target met, nationalities. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("The Greens met the Liberals on Tuesday to discuss the budget.", {"Greens", "Liberals"}, "held"),
    ("The Democrats and the Republicans held talks on the housing bill.", {"Democrats", "Republicans"}, "held"),
    ("Democrats and Republicans held talks on the housing bill.", {"Democrats", "Republicans"}, "held"),
    ("The Greens will meet the Liberals next week to discuss the council rates.", {"Greens", "Liberals"},
     "planned"),
    ("The Socialists held talks with the Free Democrats on Monday over the school reforms.",
     {"Socialists", "Free Democrats"}, "held"),
    ("Talks between the Tories and the Progressives on the climate bill broke down on Friday.",
     {"Tories", "Progressives"}, "held"),
    ("The Social Democrats sat down with the Greens on Thursday to negotiate the hospital funding.",
     {"Social Democrats", "Greens"}, "held"),
    ("The Centre Party met the Nationals on Tuesday to discuss the coalition deal.",
     {"Centre Party", "Nationals"}, "held"),
])
def test_a_party_named_by_its_plural_is_a_side(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert {p.kind for p in meeting.participants} == {"organization"}
    assert meeting.status == status


def test_a_party_meets_a_named_person(run) -> None:
    [meeting] = run("The Greens met Mayor Ana Petrov on Tuesday to discuss the council rates.")
    assert side_names(meeting) == {"Greens", "Ana Petrov"}


@pytest.mark.parametrize("text", [
    "The Greens held their party conference in Ashford on Sunday to debate the budget.",
    "The Liberals met their target of ten seats in the election.",
    "The Nationals held a caucus meeting on Tuesday to discuss the housing bill.",
    "The Democrats met on Tuesday to discuss the school reforms.",
    "The Sharks will meet the Eagles at home next week.",  # team nicknames: no group the model knows
    "Minister Ana Petrov will visit the Highlands next week.",  # a region
    "Germans met on Tuesday to discuss the plan.",  # a nationality
])
def test_no_party_side_where_none_meets_another(run, text: str) -> None:
    assert run(text) == []
