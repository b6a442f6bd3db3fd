"""MEETINGS whose one side is a group told by the word in front of the talks noun ("creditor bank negotiations
with X", "union negotiations with the board"): the group, in the plural, meets the side after "with". A topic in
front ("trade talks", "budget talks") or one body ("government talks") names no group.

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Progress in creditor bank negotiations with Norvania should ease its debt burden, analysts said.",
     {"creditor banks", "Norvania"}),
    ("Officials said union negotiations with the Harlow Port Authority would start next week.",
     {"unions", "Harlow Port Authority"}),
    ("Junior doctor talks with Health Minister Meret Oyelaran broke down on Friday.",
     {"junior doctors", "Meret Oyelaran"}),
    ("Officials said player talks with the Dravenmoor Rovers board would start next week.",
     {"players", "Dravenmoor Rovers"}),
])
def test_a_group_in_front_of_the_talks_meets_the_side_after_with(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize("text", [
    "Progress in trade talks with Norvania should ease the pressure, analysts said.",
    "Officials said budget negotiations with the Harlow Port Authority would start next week.",
    "Officials said government talks with the Dravenmoor City Council would start next week.",
])
def test_a_topic_or_one_body_in_front_is_no_group(run, text: str) -> None:
    assert not any(p.name.endswith(("trades", "budgets", "governments")) for m in run(text) for p in m.participants)
