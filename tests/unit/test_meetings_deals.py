"""MEETINGS told as negotiations of a deal: "talks to sell X to Y", "talks to buy X from Y", "talks to merge
with Y". The one the deal goes to (or comes from) faces the one reporting the talks; a deal with no named
counterpart, or a sale with no talks, is no meeting.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("Brandt Steel Corp confirmed that last month's talks to sell its wire mill to Orwell Holdings Inc had collapsed.",
     {"Brandt Steel Corp", "Orwell Holdings Inc"}, "held"),
    ("The Sandhaven Museum said talks to sell two tapestries to the Ashby Foundation broke down on Friday.",
     {"Sandhaven Museum", "Ashby Foundation"}, "held"),
    ("Corwen Clinics said talks to buy 12 rural hospitals from Verity Health Inc were continuing.",
     {"Corwen Clinics", "Verity Health Inc"}, "held"),
    ("Dunmore Labs said talks to merge with Pellow Instruments Ltd ended without agreement.",
     {"Dunmore Labs", "Pellow Instruments Ltd"}, "held"),
    ("Lindqvist Energy said it will open talks next week to sell its grid stake to Marlow Power Co on Friday.",
     {"Lindqvist Energy", "Marlow Power Co"}, "planned"),
])
def test_the_counterpart_of_a_deal_faces_the_reporter(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Brandt Steel Corp said talks to sell its wire mill had ended without a buyer.",
    "Brandt Steel Corp offered to sell its wire mill to Orwell Holdings Inc for 40 mln dlrs.",
    "Brandt Steel Corp said it was willing to sell its wire mill to Orwell Holdings Inc if the price was right.",
    "Traders said talks to sell the wire mill lifted Brandt Steel Corp shares.",
])
def test_no_counterpart_or_no_talks_is_no_meeting(run, text: str) -> None:
    assert run(text) == []
