"""Sessions told by a meeting noun with no "of": a bare "cabinet meeting" or "council meeting" is the sitting of
the one cabinet or council the story is about, told as an event or as where something was done (a bare board
meeting may be any firm's, and a sitting only weighed or used as a clock is none); members of several sides
gathering, which the small model reads as one noun ("farm ministers meeting"), are the group's own session, as
"a meeting of farm ministers" is (eval/README.md, "Sessions of bodies")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 4, 6, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "side", "status"), [
    ("Ministers cleared the Selvan dam project after a cabinet meeting on Tuesday, the premier's office said.",
     "cabinet", "held"),
    ("The farm minister Ola Brenn outlined his subsidy cuts at a cabinet meeting in Orlin yesterday.", "cabinet",
     "held"),
    ("At the previous council meeting, Norland asked for a bigger tuna quota.", "council", "held"),
    ("The council meeting is due to open on May 4 in Kessa, delegates said.", "council", "planned"),
    ("Pact fisheries ministers meeting in Dorla agreed on Monday to close the cod grounds.",
     "Pact fisheries ministers", "held"),
    ("Textile ministers meeting in Kessa next week will weigh new quotas, officials said.", "Textile ministers",
     "planned"),
    ("The finance ministers meeting has been scheduled for Friday in Kessa.", "finance ministers", "planned"),
])
def test_a_bare_session_noun_is_the_sitting_of_its_body_or_group(run, text, side, status):
    found = run(text)
    assert [(side in side_names(m), m.status) for m in found] == [(True, status)]


@pytest.mark.parametrize("text", [
    "Ridley said a cabinet meeting might be required before any decision on the levy.",
    "Ridley hopes to settle the quarrel over fishing rights before a coming council meeting.",
    "Corvel usually declares its dividends at every second board meeting.",
    "Ruling party officials said a meeting would be a waste of time.",
    "Corvel said its board meeting room was flooded.",
])
def test_a_sitting_weighed_used_as_a_clock_or_of_any_board_is_none(run, text):
    assert run(text) == []
