"""MEETINGS with a side told again by a bare definite noun ("talks with the committee", "met the twelve mayors")
after the article described it ("its bank steering committee", "the northern province mayors"): the side is the
earlier description, as written there.

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Ruritania and its bank steering committee agreed on Friday to roll over the credit lines. Finance minister Ota "
     "Brenk told reporters in Vienna after his talks with the committee that the deal bought time.",
     {"Ota Brenk", "bank steering committee"}),
    ("Ola Vik, the governor, praised the northern province mayors on Monday for their road plans. Vik met the "
     "twelve mayors in Harbin on Tuesday.",
     {"Ola Vik", "northern province mayors"}),
])
def test_a_bare_definite_side_is_the_description_told_before(run, text: str, sides: set[str]) -> None:
    meetings = run(text)
    assert any(side_names(m) == sides for m in meetings), [side_names(m) for m in meetings]


def test_a_pair_is_not_taken_for_a_description(run) -> None:
    meetings = run("The northern province governors gathered in Harbin on Monday. Governor Ola Vik and Governor "
                   "Ren Tao flew to the capital, where finance minister Lin Bo met the two governors on Tuesday.")
    assert not any("northern province governors" in side_names(m) for m in meetings if "Lin Bo" in side_names(m))
