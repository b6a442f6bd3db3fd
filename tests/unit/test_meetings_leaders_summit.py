"""Leaders of many states a place or a bloc singles out, holding a summit or acting at it, are that summit's
one side as written (`leaders_summit`); a person at a summit, or leaders no place singles out, are not. Every
person, body and place is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=MONDAY)


@pytest.mark.parametrize(("text", "side", "status"), [
    # trade: a bloc's leaders with a summit of their own still to come
    ("Diplomats said the quota will go to Tarvel Union heads of government, who will hold a summit in Velsa on "
     "June 29.", "Tarvel Union heads of government", "planned"),
    # farming: a region's leaders acting at a past summit
    ("At last year's Velsa summit, western leaders called farm aid a pressing issue but named no target.",
     "western leaders", "held"),
    # security: leaders of a region who will hold a summit
    ("Arab leaders will hold a summit in Velsa next month to discuss the border war.", "Arab leaders", "planned"),
])
def test_leaders_holding_or_acting_at_their_summit_are_its_side(meetings, text, side, status):
    found = meetings(text)
    assert [(side_names(m), m.status) for m in found] == [({side}, status)]


@pytest.mark.parametrize("text", [
    "At the summit, business leaders urged lower taxes on exports.",  # no place or bloc singles them out
    "Ines Varga told the summit that debts must be cut.",  # a speech
    "At the summit, the heads of the two banks agreed to cut fees.",  # heads of banks, not of states
])
def test_no_leaders_summit_for_a_crowd_a_speech_or_office_heads(meetings, text):
    assert [side_names(m) for m in meetings(text) if len(m.participants) == 1] == []
