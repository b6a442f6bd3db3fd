"""MEETINGS told as held or taking place "with Y", their holder unsaid: "talks have been held with Y",
"negotiations are taking place with Y". The "with" hangs on the verb; the holder, when the sentence names no one,
is the lede's first subject. Not when no talks were held, when they only could be, when they are a habit, or
when the lede names no one.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("Harlan Motors is weighing the purchase of a rival dealer. Negotiations are taking place with Velder Group, "
     "officials said.", {"Harlan Motors", "Velder Group"}, "held"),
    ("Harlan Motors is weighing the purchase of a rival dealer. The Daily Ledger quoted sources as saying serious "
     "talks were already held with Velder Group.", {"Harlan Motors", "Velder Group"}, "held"),
    ("The Ardley Port Authority plans to merge its two terminals. Talks are being held with the Harbor Workers "
     "Union about the change.", {"Ardley Port Authority", "Harbor Workers Union"}, "held"),
    ("Astronomer Lena Voss has found a new comet. Negotiations are now taking place with the Orbital "
     "Society about naming it.", {"Lena Voss", "Orbital Society"}, "held"),
    ("Harlan Motors is weighing the purchase of a rival dealer. Talks will be held with Velder Group next week, "
     "officials said.", {"Harlan Motors", "Velder Group"}, "planned"),
])
def test_talks_held_with_a_side_are_the_story_subjects(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Harlan Motors is weighing the purchase of a rival dealer. No discussions have been held with Velder Group, "
    "officials said.",
    "Harlan Motors is weighing the purchase of a rival dealer. Talks could be held with Velder Group if the price "
    "fell, officials said.",
    "The Ardley Port Authority plans to merge its two terminals. Talks are being held with the Harbor Workers Union "
    "every month.",
    "Oil prices fell sharply on Monday. Talks are being held with the Ardanian oil ministry, traders said.",
    "The Ardley Port Authority plans to merge its two terminals. A vote is being held with the support of the "
    "Harbor Workers Union.",
])
def test_no_talks_held(run, text: str) -> None:
    assert run(text) == []
