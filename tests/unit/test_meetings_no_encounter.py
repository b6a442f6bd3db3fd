"""MEETINGS: what reads like an encounter but is none: a body's own board in session, a suggestion of talks turned
down (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in

PUBLISHED = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


@pytest.mark.parametrize("text", [
    # (a body's own organ in session is a meeting of the body: tests/unit/test_meetings_body_session.py)
    # the organ that speaks after a meeting with no side of its own was in session alone
    "The Ostrel council faces a budget crisis. After a long meeting, the Green Party leadership voted to quit.",
    "After a two-day meeting, the Halvorsen Corp board announced on Sunday that a buyer is wanted.",
    # a vote put to the company's own holders at their meeting
    "Halvorsen Corp is to present the merger terms to shareholders at an extraordinary meeting on May 14.",
    "Brightwater Ltd will put the buyout offer to unitholders at its annual meeting in Varn on June 2.",
    # a summit as the backdrop of a paper or of work done ahead of it
    "Varnia circulated a memo drafted for the summit of Andean farm ministers on Friday.",
    "The draft, written for next week's summit of Baltic health ministers, calls for more vaccine funds.",
    # the counterpart is unnamed: the two named bodies are one side
    "Halvorsen Corp and Brightwater Ltd are to negotiate with an outside auditor over the fees.",
    "The nurses union and the hospital trust will talk with an independent mediator chosen by lot.",
    # taking part in an activity, said twice, next to an address to its own conference
    "The Varnian Reserve Fund will go on taking part in joint buying of bonds when needed, governor Otto Brenn "
    "told the fund's yearly conference. \"We mean to keep taking part in joint buying,\" Brenn said.",
    # one side's suggestion, turned down before it had a time or place
    "Last spring, Halvorsen Corp suggested holding negotiations with Brightwater Ltd about pooling their fleets but "
    "was spurned.",
    "Mayor Teodor Hale proposed holding talks with the county council on the budget, but the idea was rejected.",
    "The drivers union suggested meeting Orwell Transit Co to discuss pay, but Orwell Transit Co declined.",
    # a meeting whose need or plan is denied was never arranged
    "Mayor Oskar Lindqvist said a meeting with the Ferrow county council was not needed.",
    "Coach Dagny Torvik said talks with the Dalby Athletic club were not necessary.",
    "A spokesman said a meeting between Ilse Marrow and Tomas Greb is not planned.",
    # a group's session the market waits for
    "Dealers said grain prices would stay flat until the meeting of exporting countries next week.",
])
def test_no_encounter(nlp, text):
    assert meetings_in(nlp, text, published=PUBLISHED) == []


def test_a_person_at_the_board_meeting_keeps_it(nlp):
    text = "Lina Farro outlined her proposal at a March meeting of the board of directors of Brightwater Ltd."
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert "Lina Farro" in {p.name for p in meeting.participants}
    assert meeting.status == "held"


def test_an_organ_after_a_meeting_with_someone_keeps_it(nlp):
    text = "After a long meeting with Mayor Lena Sorb, the drivers union executive dropped its walkout plan."
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert "Lena Sorb" in {p.name for p in meeting.participants}
    assert meeting.status == "held"


def test_another_body_at_a_meeting_keeps_it(nlp):
    text = "Halvorsen Corp said it approved the dividend at a meeting with Brightwater Ltd."
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert {p.name.split()[0] for p in meeting.participants} == {"Halvorsen", "Brightwater"}


def test_suggestion_with_an_occasion_turned_down_is_called_off(nlp):
    text = (
        "Halvorsen Corp suggested holding negotiations with Brightwater Ltd in Lima on Friday, "
        "but Brightwater rejected the idea."
    )
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert meeting.status == "cancelled"
    assert {p.name for p in meeting.participants} == {"Halvorsen Corp", "Brightwater Ltd"}


def test_suggestion_alone_stays_planned(nlp):
    text = "Halvorsen Corp suggested holding negotiations with Brightwater Ltd on a merger."
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert meeting.status == "planned"


def test_something_else_rejected_keeps_the_plan(nlp):
    text = "Halvorsen Corp suggested holding negotiations with Brightwater Ltd. The bill was rejected by the senate."
    [meeting] = meetings_in(nlp, text, published=PUBLISHED)
    assert meeting.status == "planned"
