"""MEETINGS of a borrower with its lenders as a body: an accord struck with them ("settled terms with a creditor
committee after weeks of talks") is talks held, and the borrower's own lenders ("will meet its
lenders") are a side facing a country or a firm alike. A lender acting alone, or an agreement with no lender and
no talks told, is no encounter.

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("Peru concluded an accord with its lending syndicate on Sunday, ending five weeks of talks.",
     {"Peru", "lending syndicate"}, "held"),
    ("Brisco Foods Plc reached an accord with its creditor banks on new loan terms, a spokesman said.",
     {"Brisco Foods Plc", "its creditor banks"}, "held"),
    ("Tarrow Mills Inc reached agreement with Brisco Foods Plc on Friday after three days of talks.",
     {"Tarrow Mills Inc", "Brisco Foods Plc"}, "held"),
])
def test_an_agreement_reached_with_lenders_or_in_talks_is_talks_held(
        run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Chile will meet its lenders in Zurich in May to go over the repayment schedule.",
    "Quarrel Health Trust will meet its lenders in Zurich next month.",
])
def test_a_borrowers_own_lenders_are_a_side(run, text: str) -> None:
    [meeting] = run(text)
    assert "lenders" in side_names(meeting)
    assert meeting.status == "planned"


@pytest.mark.parametrize("text", [
    "Tarrow Mills Inc reached agreement with the regulator over its penalty.",
    "Its lenders demanded faster repayment from Brisco Foods Plc, bankers said.",
    "A creditor-bank panel approved the rescheduling of Chile's debt on Monday.",
    "Chile borrowed 300 mln dlrs from its lenders last year, the annual report showed.",
])
def test_no_talks_no_encounter(run, text: str) -> None:
    assert run(text) == []
