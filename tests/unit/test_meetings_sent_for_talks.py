"""MEETINGS told as a party sent or going to a capital for talks ("X is sending a team to C for talks", "a Y
team arrived in C for talks") meet the country whose capital it is, beside the sending country; a team sent
for a tournament or a rescue, talks with a named side, a city that is no capital, a team going home, and a
firm's errand do not. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # trade
        ("Chile is sending a small team to Ottawa for talks on copper duties, officials said.",
         {"Chile", "Canada"}),
        # health
        ("Kenya sent a delegation to Madrid on Monday for talks on nurses' pay.", {"Kenya", "Spain"}),
        # science
        ("Peru will send a delegation to Canberra next week for talks about a satellite launch.",
         {"Peru", "Australia"}),
        # labour
        ("A Norwegian team arrived in Cairo on Monday for talks on wage rules for dockers.", {"Norway", "Egypt"}),
    ],
)
def test_a_party_sent_to_a_capital_for_talks_meets_its_country(run, text, sides):
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Portugal is sending a team to Tokyo for the world swimming championships next month.",
        "Thailand sent a rescue team to Nairobi after the floods, officials said.",
        "Chile sent a trade delegation to a trade fair in Madrid to promote its wine.",
        "A Kenyan team arrived in Nairobi on Monday for talks on a new vaccine plant.",
        "The Halvard Corp sent a team to Tokyo for talks on film rights.",
        "Peru sent a delegation to Geneva for talks on fishing quotas.",
    ],
)
def test_other_errands_and_cities_meet_no_country(run, text):
    assert not any(len(side_names(m) & {"Japan", "Kenya", "Spain", "Switzerland"}) for m in run(text))


def test_talks_with_a_named_side_meet_no_country(run):
    found = run("Norway sent a delegation to Tokyo for talks with Trade Minister Ivo Marsh on steel tariffs.")
    assert not any("Japan" in side_names(m) for m in found)
