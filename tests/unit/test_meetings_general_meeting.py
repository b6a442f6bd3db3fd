"""A firm's own general meeting told by a vote taken at it or by the firm running it is the firm's session
(`general_meeting`); a general meeting only named (a mailing, an approval sought, a speech's setting) is not.
Every firm, person and place is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=MONDAY)


@pytest.mark.parametrize(("text", "side", "status"), [
    # retail: a vote told in the passive at the firm's own yearly holders' meeting, yet to come
    ("Talvor Mining Corp said a new chairman will be elected at its annual shareholder meeting in July.",
     "Talvor Mining Corp shareholders", "planned"),
    # exchanges: members' election at the yearly meeting, reported by the body itself
    ("The Orrin Futures Exchange said its new rulebook was adopted at the annual membership meeting on "
     "Saturday.", "Orrin Futures Exchange", "held"),
    # oil services: the firm adjourned the holders' sitting
    ("Dessel Drilling Corp on Friday adjourned its special meeting, where owners had expected a buyout vote.",
     "Dessel Drilling Corp", "held"),
    # food: the firm holds its own yearly meeting
    ("Quarry Foods Inc will hold its annual meeting on May 4, the company said.", "Quarry Foods Inc", "planned"),
])
def test_a_firms_general_meeting_told_by_a_vote_or_by_the_firm_is_its_session(meetings, text, side, status):
    found = meetings(text)
    assert [(side_names(m), m.status, m.mode) for m in found] == [({side}, status, "in_person")]


@pytest.mark.parametrize("text", [
    # an approval only sought at the sitting
    "Varn Tools Ltd hopes to win its owners' backing for a stock split at a special meeting in the autumn.",
    # the sitting as the occasion of a mailing
    "Varn Tools Ltd said ballot papers went out to owners ahead of its annual meeting in Velsa.",
    # a sitting someone wants set
    "Nadia Rook went to court to make the firm call an annual meeting.",
    # a vote told at another body's yearly meeting
    "Two trustees were chosen on Sunday at the annual meeting of the Harbour Sailing Association.",
    # talks, not a vote, at the meeting
    "Talks were conducted at the annual meeting, the firm's spokesman said.",
])
def test_no_general_meeting_for_a_plan_a_mailing_or_another_bodys_sitting(meetings, text):
    assert [side_names(m) for m in meetings(text) if len(m.participants) == 1] == []
