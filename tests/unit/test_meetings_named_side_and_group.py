"""MEETINGS between a named party and a group nobody in which is named: "talks between Quellmark and railway
unions". The model may hang the name on the group as a modifier with "and" inside; the name and the group as
written are still the two sides. Every person, body and place is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 4, 2, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # labour
        ("Talks between Borlan Steel and railway unions resumed on Monday, a spokesman said.",
         {"Borlan Steel", "railway unions"}),
        ("Talks between Velder Health and railway unions resumed on Monday, a spokesman said.",
         {"Velder Health", "railway unions"}),
        # health
        ("Talks between Quintex Motors and hospital unions ended on Friday.", {"Quintex Motors", "hospital unions"}),
        ("Negotiations between Velder Health and nursing unions resumed on Monday.",
         {"Velder Health", "nursing unions"}),
        # ports
        ("Talks between Borlan Steel and dock unions resumed on Monday.", {"Borlan Steel", "dock unions"}),
    ],
)
def test_a_named_side_and_a_described_group_are_two_sides(run, text, sides):
    assert any(sides == side_names(m) for m in run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dutch and French officials met in the capital on Monday to discuss the canal.",
        "Talks between health and safety inspectors ended on Monday without a deal.",
    ],
)
def test_a_group_told_by_two_words_is_not_split(run, text):
    assert not any(side_names(m) & {"French officials", "safety inspectors"} for m in run(text))
