"""MEETINGS with an unnamed party to a deal as the other side ("held talks with a lender", "was negotiating with
other possible suitors"), and deal talks with a named counterpart that were called off (cancelled).

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("Tarrow Mills Inc had earlier held talks with a financial institution on a credit line but failed to agree.",
     {"Tarrow Mills Inc", "financial institution"}, "held"),
    ("The Pelling Rovers club said last week that it was negotiating with other possible suitors.",
     {"Pelling Rovers club", "other possible suitors"}, "held"),
    ("Quarrel Health Trust will start negotiating with its lenders on the terms of the loan next week.",
     {"Quarrel Health Trust", "lenders"}, "planned"),
    ("Ostrava Opera Co said it is in talks with an unnamed investor about its new hall.",
     {"Ostrava Opera Co", "unnamed investor"}, "held"),
])
def test_an_unnamed_party_to_a_deal_is_the_other_side(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize(("text", "sides"), [
    ("Tarrow Mills Inc said tentative merger talks with Brisco Foods Plc had been called off.",
     {"Tarrow Mills Inc", "Brisco Foods Plc"}),
    ("Quarrel Health Trust called off takeover talks with Danby Clinics Ltd on Friday.",
     {"Quarrel Health Trust", "Danby Clinics Ltd"}),
])
def test_deal_talks_called_off_with_a_named_counterpart_are_cancelled(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "cancelled"


@pytest.mark.parametrize("text", [
    "Tarrow Mills Inc said merger talks had been called off.",
    "Tarrow Mills Inc is in advanced merger talks with Brisco Foods Plc.",
    "Tarrow Mills Inc said a buyer could emerge next year.",
    "Tarrow Mills Inc said it sold the plant to a buyer last year.",
    "Tarrow Mills Inc said its lenders had agreed to extend the loan.",
    "Tarrow Mills Inc denied that it was in talks with a buyer.",
    "Tarrow Mills Inc met a buyer at the fair on Tuesday.",
])
def test_no_talks_with_a_counterparty_no_meeting(run, text: str) -> None:
    assert run(text) == []

