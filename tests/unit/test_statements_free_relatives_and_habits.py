"""Four edges of reported speech, each with a case that must not fire. Invented sentences from several beats.

- "in what X said was Y": a free relative after a preposition reports Y as X's words.
- "repeated the party's policy of ...": a policy as the object of a message verb is the message.
- "are required to return a declaration certifying that ...": its words are owed, nobody has said them.
- "have long condemned the league": a verdict repeated over time on a bare object is a stance, no statement.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said

REPORTED = [
    (  # local politics, unnamed voices
        "The council shut the bridge on Monday in what engineers said was a precaution after the storm.",
        (None, "indirect", "a precaution after the storm"),
    ),
    (  # sport, named voice in the present
        "The club sold its training pitch in what Mayor Ilsa Fenn says was a move to clear its debts.",
        ("Ilsa Fenn", "indirect", "a move to clear its debts"),
    ),
    (
        "On housing, Mayor Ilsa Fenn repeated the council's policy of not selling public land.",
        ("Ilsa Fenn", "indirect", "repeated the council's policy of not selling public land"),
    ),
    (
        "Coach Rian Dolt reiterated the club's policy on ticket refunds.",
        ("Rian Dolt", "indirect", "reiterated the club's policy on ticket refunds"),
    ),
    (  # health: a report about a duty is still a report
        "Dr Ana Vell said clinics are now required to keep a log.",
        ("Ana Vell", "indirect", "clinics are now required to keep a log"),
    ),
    (  # labour: a verdict with its reason
        "Union members have often criticised the board for its spending.",
        (None, "indirect", "criticised the board for its spending"),
    ),
    (
        "Mayor Ilsa Fenn has repeatedly urged the council to cut fees.",
        ("Ilsa Fenn", "indirect", "urged the council to cut fees"),
    ),
    (
        "Coach Rian Dolt criticised the league over its fixtures on Monday.",
        ("Rian Dolt", "indirect", "criticised the league over its fixtures on Monday"),
    ),
]

UNSAID = [
    "The observatory paused the survey last week in what was a setback for the team.",
    "On Tuesday, the ministry adopted its policy of testing every new patient.",
    "On Tuesday, the ministry reversed its policy of testing every new patient.",
    "Tenants are obliged to return a slip confirming that the boiler was serviced.",
    "Referees are now required to lodge a declaration certifying that no gifts were accepted.",
    "Opposition leaders have regularly condemned the hospital trust.",
    "Fans have long praised the coach in recent years.",
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_each_edge_reports_what_was_said(nlp: Language, text: str, expected: tuple) -> None:
    assert said(nlp, text) == [expected]


@pytest.mark.parametrize("text", UNSAID)
def test_no_speaker_a_deed_an_owed_form_or_a_habit_reports_nothing(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []
