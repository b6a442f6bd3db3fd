"""MEETINGS whose side is a body told by its short form after one full mention ("Quellmark said Quellmark had
held talks ...": the side carries the fullest name), and bodies of lenders met as the other side ("a bank
advisory committee", "a group of banks", "an underwriting syndicate").

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Pendle Steel Corp said on Monday it expects a loss for the year.\n\n"
     "Pendle said Pendle held talks last year with a credit institution over a bridging loan.",
     {"Pendle Steel Corp", "credit institution"}),
    ("Harwick Development Corp said on Monday it expects sales to rise.\n\n"
     "Harwick has held talks with Brenner Capital Corp about a merger.",
     {"Harwick Development Corp", "Brenner Capital Corp"}),
    ("Marlowe Textiles Inc said on Monday it expects a loss for the year.\n\n"
     "Marlowe is negotiating with Brenner Capital Corp over the sale of a unit.",
     {"Marlowe Textiles Inc", "Brenner Capital Corp"}),
])
def test_a_body_told_by_its_short_form_is_the_side_under_its_fullest_name(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides


def test_a_person_of_that_name_keeps_the_short_form_a_person(run) -> None:
    text = ("Dana Pendle, who founded Pendle Steel Corp, spoke on Monday.\n\n"
            "Pendle held talks with Brenner Capital Corp about a merger.")
    assert all("Pendle Steel Corp" not in side_names(m) for m in run(text))


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("Quenby Holdings Plc will meet a bank advisory committee next week to discuss the plan.",
     {"Quenby Holdings Plc", "bank advisory committee"}, "planned"),
    ("Tolliver Mining Co said it met a group of banks on Tuesday.",
     {"Tolliver Mining Co", "group of banks"}, "held"),
    ("Marlowe Textiles Inc held talks with an underwriting syndicate on Monday.",
     {"Marlowe Textiles Inc", "underwriting syndicate"}, "held"),
    ("Harwick Development Corp will meet a steering committee of creditor banks on Friday.",
     {"Harwick Development Corp", "steering committee of creditor banks"}, "planned"),
    ("Marsden County Council plans a bond sale in May.\n\n"
     "The bank syndicate will begin talks with Marsden County Council on the terms next week.",
     {"bank syndicate", "Marsden County Council"}, "planned"),
    ("Quenby Holdings Plc said on Monday it expects a loss for the year.\n\n"
     "The creditors' committee held talks with Quenby Holdings Plc on Friday about the debt.",
     {"creditors' committee", "Quenby Holdings Plc"}, "held"),
    ("Daventry Rovers FC is seeking to restructure its stadium loans.\n\n"
     "The lending consortium met the club on Tuesday to discuss the terms.",
     {"lending consortium", "Daventry Rovers FC"}, "held"),
])
def test_a_body_of_lenders_is_a_side(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Harwick Development Corp said a group of banks lent it 50 mln dlrs.",
    "Harwick Development Corp said its lenders' advisory committee approved the loan.",
    "Harwick Development Corp said relations with Brenner Capital Corp were good.",
    "Harwick Development Corp met a steering committee of residents on Friday.",
    "Harwick Development Corp sold new shares.\n\nThe underwriting syndicate plans to sell them within days.",
    "Harwick Development Corp plans a bond issue.\n\nThe creditors' committee wants a higher coupon, a banker said.",
])
def test_no_encounter_with_a_body_of_lenders_no_meeting(run, text: str) -> None:
    assert run(text) == []


def test_the_group_alone_is_still_the_firm(run) -> None:
    [meeting] = run("Harwick Development Corp said on Monday the group met Brenner Capital Corp to discuss a merger.")
    assert side_names(meeting) == {"Harwick Development Corp", "Brenner Capital Corp"}
