"""MEETINGS with an unnamed party to a deal as the other side ("opened talks with a lender", "is negotiating
with its creditors"), and deal talks with a named counterpart that were called off (cancelled).

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("Tarrow Mills Inc opened talks with a lending institution over a credit line but failed to agree.",
     {"Tarrow Mills Inc", "lending institution"}, "held"),
    ("The Pelling Rovers club is negotiating with its creditors over the stadium debt.",
     {"Pelling Rovers club", "creditors"}, "held"),
    ("Quarrel Health Trust plans to begin negotiating with its lenders over the bridge loan in May.",
     {"Quarrel Health Trust", "lenders"}, "planned"),
    ("Ostrava Opera Co is holding talks with an unnamed investor about its new hall.",
     {"Ostrava Opera Co", "unnamed investor"}, "held"),
])
def test_an_unnamed_party_to_a_deal_is_the_other_side(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize(("text", "sides"), [
    ("Tarrow Mills Inc said proposed merger talks with Brisco Foods Plc were called off on Monday.",
     {"Tarrow Mills Inc", "Brisco Foods Plc"}),
    ("Quarrel Health Trust called off takeover talks with Danby Clinics Ltd on Friday.",
     {"Quarrel Health Trust", "Danby Clinics Ltd"}),
])
def test_deal_talks_called_off_with_a_named_counterpart_are_cancelled(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "cancelled"


@pytest.mark.parametrize("text", [
    "Tarrow Mills Inc said its merger talks were called off on Monday.",
    "Tarrow Mills Inc said a buyer could emerge next year.",
    "Tarrow Mills Inc said it sold the plant to a buyer last year.",
    "Tarrow Mills Inc said its lenders had agreed to extend the loan.",
    "Tarrow Mills Inc denies holding talks with a buyer.",
    "Tarrow Mills Inc met a buyer at the fair on Tuesday.",
])
def test_no_talks_with_a_counterparty_no_meeting(run, text: str) -> None:
    assert run(text) == []

