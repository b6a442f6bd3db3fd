"""MEETINGS: "Its talks with X" names the body the cast reads "its" as, as "her talks with X" names a person.

Every sentence is invented (firms, unions, clubs and officials are made up). Publication date: Thursday
2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Corvel Holdings Inc reported a loss on Monday. Its talks with Brightwater Capital Ltd ended last week.",
     {"Corvel Holdings Inc", "Brightwater Capital Ltd"}),
    ("The Norland Football Association named a new chairman on Monday. Its meeting with Pellman Foods Inc "
     "is set for Friday.", {"Norland Football Association", "Pellman Foods Inc"}),
    ("The Varnham City Council said on Monday that costs had risen. It said its negotiations with Governor "
     "Elias Marrow would resume next month.", {"Varnham City Council", "Elias Marrow"}),
])
def test_its_talks_name_the_body_told_before(run, text, sides):
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == sides


@pytest.mark.parametrize("text", [
    "Kestrel Biotech Ltd reported a loss on Monday. Its annual meeting takes place in Berlin on May 5.",
    "Harwick Steel Corp named a new chairman on Monday. Its talks ended last week without a deal.",
])
def test_its_one_sided_talks_stay_dropped(run, text):
    assert run(text) == []
