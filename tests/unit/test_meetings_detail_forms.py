"""MEETINGS details in forms news English uses on every beat: habits told by a frequency adverb, encounters that
did not take place, channels named after the counterpart or by the service's name, rounds of talks, venues near
other places, and venues a named body owns.

Every sentence is invented (people, companies, unions, clubs and venues are made up; cities are real).
Publication date: Thursday 2026-03-05.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 5, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def run(nlp):
    def extract(text: str) -> list[Meeting]:
        return extract_meetings(parse(Article(id="f", text=text, published_at=PUBLISHED), nlp))

    return extract


def _only(meetings: list[Meeting]) -> Meeting:
    assert len(meetings) == 1, [[p.name for p in m.participants] for m in meetings]
    return meetings[0]


# --- habits: a fixed frequency on the verb is a routine, not one encounter --------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("labour", "Union leader Ngozi Adeyemi and Labour Minister Henrik Solberg have been meeting weekly since "
                   "January."),
        ("business", "Chief executive Haruto Tanaka speaks daily with banker Priya Raman."),
        ("local politics", "Mayor Fatima Haddad meets Governor Rajesh Iyer monthly to review the budget."),
    ],
)
def test_a_frequency_adverb_on_the_verb_is_a_habit(run, beat, text):
    assert run(text) == [], beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local politics", "Mayor Fatima Haddad and Governor Rajesh Iyer held their weekly meeting on Monday."),
        ("sport", "Coach Mateus Oliveira and club president Siobhan Kelly held their monthly talks in Dublin on "
                  "Tuesday."),
        ("science", "Professor Wei Zhang chaired the weekly meeting with Dr. Amara Diallo on Monday."),
    ],
)
def test_one_sitting_of_a_weekly_series_is_still_an_encounter(run, beat, text):
    meeting = _only(run(text))
    assert meeting.status == "held", beat


# --- an encounter that did not take place was called off --------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("labour", "A scheduled meeting between union leader Ngozi Adeyemi and Labour Minister Henrik Solberg did "
                   "not take place on Monday."),
        ("local politics", "The talks between Mayor Fatima Haddad and Governor Rajesh Iyer never went ahead."),
        ("business", "The meeting between chief executive Haruto Tanaka and banker Priya Raman did not take place."),
    ],
)
def test_an_encounter_that_did_not_take_place_is_cancelled(run, beat, text):
    assert _only(run(text)).status == "cancelled", beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local politics", "The meeting between Mayor Fatima Haddad and Governor Rajesh Iyer has not yet taken "
                           "place."),
        ("diplomacy", "Talks between Foreign Minister Sergio Mendes and Prime Minister Aiko Sato have not yet "
                      "taken place."),
        ("sport", "The meeting between coach Mateus Oliveira and club owner Siobhan Kelly has not taken place "
                  "yet."),
    ],
)
def test_an_encounter_not_yet_held_is_planned(run, beat, text):
    assert _only(run(text)).status == "planned", beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local politics", "No meeting between Mayor Fatima Haddad and Governor Rajesh Iyer took place."),
        ("labour", "Union leader Ngozi Adeyemi did not meet Labour Minister Henrik Solberg on Monday."),
        ("business", "Chief executive Haruto Tanaka has not held talks with banker Priya Raman."),
    ],
)
def test_an_encounter_denied_outright_is_none(run, beat, text):
    assert run(text) == [], beat


# --- the channel named after the counterpart, or by the service's name ------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "Kestrel Motors chief executive Haruto Tanaka met Priya Raman, the chair of Orinda Bank, over "
                     "Zoom on Monday."),
        ("labour", "Union leader Ngozi Adeyemi held talks with Labour Minister Henrik Solberg over Microsoft Teams "
                   "on Monday."),
        ("science", "Professor Wei Zhang spoke to Amara Diallo, the director of the space agency, via Skype on "
                    "Monday."),
        ("sport", "Coach Mateus Oliveira met Siobhan Kelly, the league president, via video link on Monday."),
    ],
)
def test_a_channel_told_after_the_counterpart_is_the_mode(run, beat, text):
    assert _only(run(text)).mode == "video", beat


def test_teams_that_play_are_no_channel(run):
    meeting = _only(run("Coach Mateus Oliveira met the two teams in Dublin on Monday with league president "
                        "Siobhan Kelly."))
    assert meeting.mode == "in_person"


# --- a round of talks is planned or held as the talks are ---------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "status", "iso"),
    [
        ("sport", "Coach Mateus Oliveira and league president Siobhan Kelly are set to hold a fresh round of talks "
                  "in Dublin on Friday.", "planned", "2026-03-06"),
        ("labour", "Union leader Ngozi Adeyemi and Labour Minister Henrik Solberg are due to hold a second round of "
                   "talks on Friday.", "planned", "2026-03-06"),
        ("diplomacy", "Foreign Minister Sergio Mendes and Prime Minister Aiko Sato held a third round of talks in "
                      "Lisbon on Monday.", "held", "2026-03-02"),
    ],
)
def test_a_round_of_talks_takes_the_plans_status(run, beat, text, status, iso):
    meeting = _only(run(text))
    assert meeting.status == status, beat
    assert meeting.date is not None and meeting.date.iso == iso


# --- places: the town past a venue "near" something, suburbs, venues a named body owns ----------------------------


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("business", "Kestrel Motors chief executive Haruto Tanaka met Priya Raman, the chair of Orinda Bank, at a "
                     "hotel near the airport in Osaka on Monday.", "Osaka"),
        ("sport", "Coach Mateus Oliveira met club owner Siobhan Kelly at a cafe outside the stadium in Dublin on "
                  "Monday.", "Dublin"),
        ("labour", "Union leader Ngozi Adeyemi met Labour Minister Henrik Solberg in the Lagos suburb of Ikeja on "
                   "Monday.", "Ikeja"),
        ("science", "Professor Wei Zhang met Dr. Amara Diallo in a district of Nairobi on Monday.", "Nairobi"),
    ],
)
def test_the_town_past_a_nearby_landmark_or_a_suburb(run, beat, text, place):
    meeting = _only(run(text))
    assert meeting.location is not None and place in meeting.location.name, beat


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("local politics", "Mayor Fatima Haddad met Governor Rajesh Iyer in the Senate chamber on Monday.",
         "Senate chamber"),
        ("labour", "Union leader Ngozi Adeyemi met Labour Minister Henrik Solberg in the Parliament building on "
                   "Monday.", "Parliament building"),
        ("science", "Professor Wei Zhang met Dr. Amara Diallo in the Academy's council chamber on Monday.",
         "council chamber"),
    ],
)
def test_a_venue_a_named_body_owns_places_the_encounter(run, beat, text, place):
    meeting = _only(run(text))
    assert meeting.location is not None and place in meeting.location.name, beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local politics", "Mayor Fatima Haddad met Governor Rajesh Iyer in the office on Monday."),
        ("business", "Chief executive Haruto Tanaka met banker Priya Raman in a hotel on Monday."),
        ("sport", "Coach Mateus Oliveira met club owner Siobhan Kelly in the stadium on Monday."),
    ],
)
def test_an_unowned_venue_after_in_places_nothing(run, beat, text):
    assert _only(run(text)).location is None, beat
