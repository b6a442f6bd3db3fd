"""A day on the verb a sitting does its business with, or is adjourned with, dates the sitting; a day on a verb
of another event about it (announcing, prompting, criticising, welcoming) does not. A trip its traveller is on,
told as a noun in the sentence before ("began a visit to Y"), places the encounter as "arrived in Y" does.

Every sentence is invented (people, companies, unions and clubs are made up; cities are real). Publication
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


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("labour", "Talks between union leader Petra Vasko and plant manager Len Odile yesterday reached a deal on "
                   "night shifts.", "2026-03-04"),
        ("local government", "The meeting between Mayor Dana Holt and council leader Omar Reyes yesterday approved "
                             "the new bus lanes.", "2026-03-04"),
        ("sport", "Talks between coach Ilse Marais and club chairman Ruben Skaar today agreed a two-year extension.",
         "2026-03-05"),
        ("diplomacy", "Talks between Foreign Minister Karl Benn and his counterpart Ana Sola yesterday focused on "
                      "fishing rights.", "2026-03-04"),
        ("business", "Vantor Inc yesterday adjourned the annual meeting of its shareholders.", "2026-03-04"),
    ],
)
def test_a_day_on_the_sittings_own_act_dates_it(run, beat, text, iso):
    meeting = _only(run(text))
    assert meeting.date is not None and meeting.date.iso == iso, beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("labour", "Union leader Petra Vasko on Monday announced talks with plant manager Len Odile."),
        ("labour", "Talks between union leader Petra Vasko and plant manager Len Odile were criticised on Monday "
                   "by shop stewards."),
        ("local government", "The talks between Mayor Dana Holt and council leader Omar Reyes last week prompted "
                             "a strike on Monday."),
    ],
)
def test_a_day_on_another_event_about_the_sitting_stays_off(run, beat, text):
    for meeting in run(text):
        assert meeting.date is None or "Monday" not in meeting.date.text, beat


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("diplomacy", "Trade envoy Nadia Brill began a visit to Nairobi on Monday. She will meet farm "
                      "minister Otieno Kamau.", "Nairobi"),
        ("sport", "Coach Ilse Marais is on a scouting trip to Lisbon. She met club chairman Ruben Skaar on "
                  "Tuesday.", "Lisbon"),
        ("science", "Physicist Amara Tindall started a week-long trip to Osaka on Sunday. She met laboratory head "
                    "Kenji Mori on Tuesday.", "Osaka"),
    ],
)
def test_a_trip_under_way_the_sentence_before_places_the_encounter(run, beat, text, place):
    meeting = next(m for m in run(text) if len(m.participants) == 2 and m.status != "cancelled")
    assert meeting.location is not None and meeting.location.name == place, beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("diplomacy", "Trade envoy Nadia Brill cancelled a visit to Nairobi. She will meet farm minister Otieno "
                      "Kamau."),
        ("business", "Chief executive Mara Quist plans a trip to Oslo next month. She met investor Tobias Lind on "
                     "Tuesday."),
        ("labour", "Shop steward Len Odile began a visit to Glasgow on Monday. Union leader Petra Vasko met plant "
                   "manager Ines Falk on Tuesday."),
    ],
)
def test_a_trip_not_under_way_or_someone_elses_places_nothing(run, beat, text):
    for meeting in run(text):
        if "Odile" in " ".join(p.name for p in meeting.participants):
            continue  # the visit itself
        assert meeting.location is None, (beat, meeting.location)


@pytest.mark.parametrize(
    ("beat", "text", "mode"),
    [
        ("labour", "Union leader Petra Vasko has held talks with plant manager Len Odile about the rota.", "unknown"),
        ("sport", "Club chairman Ruben Skaar has had talks with coach Ilse Marais over a new contract.", "unknown"),
        ("science", "Physicist Amara Tindall has been holding budget talks with grant officer Joel Brandvik.",
         "unknown"),
        # one sitting, told in the past, or placed, or planned, stays face to face
        ("labour", "Union leader Petra Vasko held talks with plant manager Len Odile on Monday.", "in_person"),
        ("business", "Chief executive Mara Quist has held talks with investor Tobias Lind in Oslo.", "in_person"),
        ("diplomacy", "Foreign Minister Karl Benn will hold talks with his counterpart Ana Sola on Friday.",
         "in_person"),
    ],
)
def test_talks_held_up_to_now_may_have_run_by_any_channel(run, beat, text, mode):
    assert _only(run(text)).mode == mode, beat
