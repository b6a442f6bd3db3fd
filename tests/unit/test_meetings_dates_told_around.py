"""MEETINGS dates told beside the encounter word: in a clause that ends it, on the summons it answers, or as a
span of days; and "later today", a day's part still to come.

Every sentence is invented (people, firms, unions, clubs and labs are made up; cities are real). Publication
date: Thursday 2026-03-05.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 5, 10, 0, tzinfo=dt.UTC)


def _only(meetings: list[Meeting]) -> Meeting:
    assert len(meetings) == 1, [[p.name for p in m.participants] for m in meetings]
    return meetings[0]


def _iso(meeting: Meeting) -> str | None:
    return meeting.date.iso if meeting.date else None


@pytest.mark.parametrize(
    ("beat", "text", "expected"),
    [
        ("labour", "After a three-hour meeting with the Tanner Cable Workers union that ended late last night, "
                   "Orvel Wire Corp raised its pay offer.", "2026-03-04"),
        ("business", "In a filing made after talks with Castellan Foods that concluded on Monday, Brightwater "
                     "Dairies said it would sell two plants.", "2026-03-02"),
        ("sport", "After a meeting with coach Ilse Marais that lasted until late on Tuesday, club chairman Ruben "
                  "Skaar kept the squad unchanged.", "2026-03-03"),
    ],
)
def test_a_clause_ending_the_encounter_dates_it(run, beat, text, expected):
    meeting = _only(run(text))
    assert (_iso(meeting), meeting.status) == (expected, "held"), beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "After a meeting with the Tanner Cable Workers union, which ended its strike on Monday, "
                     "Orvel Wire Corp raised its pay offer."),
        ("sport", "After talks with coach Ilse Marais, who closed the training camp on Monday, chairman Ruben "
                  "Skaar kept the squad unchanged."),
    ],
)
def test_a_clause_ending_something_else_leaves_the_day(run, beat, text):
    assert _iso(_only(run(text))) is None, beat


@pytest.mark.parametrize(
    ("beat", "text", "expected"),
    [
        ("diplomacy", "Peru's envoy Tomas Veld was summoned yesterday by the foreign office to confer with "
                      "Deputy Foreign Minister Ana Lutz.", "2026-03-04"),
        ("local", "Harbour master Jon Fell was summoned on Monday to meet Mayor Ellen Brask over the flooding.",
         "2026-03-02"),
    ],
)
def test_the_summons_day_is_the_encounter_day(run, beat, text, expected):
    assert _iso(_only(run(text))) == expected, beat


@pytest.mark.parametrize(
    ("beat", "text", "expected"),
    [
        ("diplomacy", "Farm minister Ola Brekke and his Danish counterpart Jens Moller are due to meet in Bergen "
                      "from May 7 to 10.", "2026-05-07"),
        ("science", "Lab director Amara Tindall will visit Chile from June 3 to June 5.", "2026-06-03"),
    ],
)
def test_a_span_of_days_dates_the_encounter_by_its_first(run, beat, text, expected):
    assert _iso(_only(run(text))) == expected, beat


@pytest.mark.parametrize(
    ("beat", "text", "expected"),
    [
        ("local", "Mayor Ellen Brask, in office from 2019 to 2023, met council leader Tom Fiske on Monday.",
         "2026-03-02"),
        ("sport", "Club chairman Peter Vane, who played for the team from 1990 to 1995, met coach Dan Roe "
                  "yesterday.", "2026-03-04"),
    ],
)
def test_a_span_told_of_a_person_leaves_the_encounter_day(run, beat, text, expected):
    assert _iso(_only(run(text))) == expected, beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("diplomacy", "Trade Minister Ivo Marek meets Trade Secretary Lee Park later today."),
        ("labour", "Union leader Petra Vasko is meeting plant manager Len Odile later tonight in Detroit."),
    ],
)
def test_later_today_is_still_ahead(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, _iso(meeting)) == ("planned", "2026-03-05"), beat


def test_this_afternoon_told_in_the_past_was_held(run):
    meeting = _only(run("Union leader Petra Vasko met plant manager Len Odile this afternoon."))
    assert (meeting.status, _iso(meeting)) == ("held", "2026-03-05")
