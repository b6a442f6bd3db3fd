"""MEETINGS whose "between A and B" follows the encounter noun and its time phrase ("at a meeting next week
between A and B") though the small model hangs it elsewhere; a "between" that follows anything else, or names no
two sides, adds no one.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("The accord is due to be signed at a meeting next week between Trade Minister Karl Ostby and "
     "Commissioner Greta Lunn.", {"Karl Ostby", "Greta Lunn"}),
    ("The deal will be signed at talks next week between Harbor Foods and Kestrel Partners, the company said.",
     {"Harbor Foods", "Kestrel Partners"}),
    ("The vaccine trial will be reviewed at a meeting next month between Professor Mia Sorel and Director "
     "Anton Weil.", {"Mia Sorel", "Anton Weil"}),
])
def test_a_between_after_the_time_phrase_names_the_sides(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "planned"


@pytest.mark.parametrize("text", [
    "The meeting on Monday ran from 9 to 11 am, officials said.",
    "He attended the meeting, where the gap between rich and poor regions was discussed.",
    "Prices rose after the summit last week, widening the gap between Harbor Foods and Kestrel Partners.",
    "Analysts expect the meeting next month to weigh a choice between higher rates and lower growth.",
])
def test_a_between_elsewhere_adds_no_one(run, text: str) -> None:
    assert run(text) == []
