"""A meeting noun that says what kind of sitting it is (weekly, emergency, plenary) and is "of" one named side
is that side's own session, named as written; a bare "meeting of X" as a point in time is not read by it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=PUBLISHED)


@pytest.mark.parametrize(("text", "body", "status"), [
    ("After an emergency meeting of Orsk Pact ambassadors, a statement was issued calling for calm.",
     "Orsk Pact ambassadors", "held"),
    ("The plan ran into problems at today's weekly meeting of the Varden Union Commission, officials said.",
     "Varden Union Commission", "held"),
    ("A plenary session of the Kelvar Assembly approved the budget on Tuesday.", "Kelvar Assembly", "held"),
    ("The quarterly meeting of the Dunmore Water Authority will be held on June 4.", "Dunmore Water Authority",
     "planned"),
    ("Police were called after a regular meeting of the Ashgrove Town Council ended in uproar.",
     "Ashgrove Town Council", "held"),
])
def test_a_kind_of_sitting_of_one_side_is_its_session(meetings, text, body, status):
    assert [(side_names(m), m.status) for m in meetings(text)] == [({body}, status)]


@pytest.mark.parametrize("text", [
    "The Varden Union Commission's weekly report showed a rise in grain stocks.",
    "Weekly meetings of the Calder Cycling Club were a fixture of town life for decades.",
    "The Orsk Pact said its emergency fund would pay for the repairs.",
    "The Kelvar Assembly passed the budget in a special vote on Tuesday, officials said.",
])
def test_no_sitting_where_none_is_told(meetings, text):
    assert meetings(text) == []
