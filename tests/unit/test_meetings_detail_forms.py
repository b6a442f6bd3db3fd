"""MEETINGS details in forms news English uses on every beat: habits told by a frequency adverb, encounters that
did not take place, channels named after the counterpart or by the service's name, rounds of talks, venues near
other places and venues a named body owns, talks broken off, encounters that are themselves expected, places
before "where", venues one is welcomed to, "who" clauses, the venues of courts, health, schools and culture,
plans pencilled in, calls rung, and the place one lands in just before.

Every sentence is invented (people, companies, unions, clubs and venues are made up; cities are real).
Publication date: Thursday 2026-03-05.
"""

from __future__ import annotations

import pytest

from streams.enrich.model import Meeting


@pytest.fixture(scope="module")
def run(thursday_meetings):
    return thursday_meetings


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
        ("local politics", "Mayor Fatima Haddad met Governor Rajesh Iyer in the Legislature chamber on Monday.",
         "Legislature chamber"),
        ("labour", "Union leader Ngozi Adeyemi met Labour Minister Henrik Solberg in the Orinda Trust building on "
                   "Monday.", "Orinda Trust building"),
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


# --- who breaks off talks was in them, and they were held ---------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("labour", "Union leader Ngozi Adeyemi broke off talks with Labour Minister Henrik Solberg on Monday.",
         "2026-03-02"),
        ("business", "Chief executive Haruto Tanaka broke off talks with banker Priya Raman in Osaka on Tuesday.",
         "2026-03-03"),
        ("sport", "Coach Mateus Oliveira broke off contract talks with club owner Siobhan Kelly on Monday.",
         "2026-03-02"),
    ],
)
def test_talks_broken_off_were_held_by_whoever_broke_them_off(run, beat, text, iso):
    meeting = _only(run(text))
    assert len(meeting.participants) == 2, beat
    assert meeting.status == "held"
    assert meeting.date is not None and meeting.date.iso == iso


def test_relations_broken_off_are_no_encounter(run):
    assert run("Foreign Minister Sergio Mendes broke off relations with Prime Minister Aiko Sato.") == []


# --- an encounter that is itself expected or scheduled is planned, and dated by the plan --------------------------


@pytest.mark.parametrize(
    ("beat", "text", "date_text"),
    [
        ("local politics", "A meeting between Mayor Fatima Haddad and Governor Rajesh Iyer is expected later this "
                           "month.", "later this month"),
        ("sport", "Talks between coach Mateus Oliveira and club owner Siobhan Kelly are scheduled for Friday.",
         "Friday"),
        ("science", "A meeting between Professor Wei Zhang and Dr. Amara Diallo is planned for next week.",
         "next week"),
    ],
)
def test_an_encounter_that_is_expected_is_planned(run, beat, text, date_text):
    meeting = _only(run(text))
    assert meeting.status == "planned", beat
    assert meeting.date is not None and meeting.date.text == date_text


def test_an_agenda_that_is_expected_is_not_the_plan(run):
    meeting = _only(run("Talks between union leader Ngozi Adeyemi and Labour Minister Henrik Solberg were expected "
                        "to focus on pay."))
    assert meeting.status != "planned"


# --- places: "where" before a plan, a venue one is welcomed to, a place after a period ----------------------------


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("local politics", "Mayor Fatima Haddad cancelled a trip to Toronto, where she had been due to meet Governor "
                           "Rajesh Iyer.", "Toronto"),
        ("business", "Chief executive Haruto Tanaka flew to Osaka, where he is expected to meet banker Priya Raman.",
         "Osaka"),
        ("diplomacy", "Foreign Minister Sergio Mendes arrived in Lisbon, where he was set to hold talks with Prime "
                      "Minister Aiko Sato.", "Lisbon"),
    ],
)
def test_where_before_a_planned_encounter_places_it(run, beat, text, place):
    meeting = _only(run(text))
    assert meeting.location is not None and meeting.location.name == place, beat


@pytest.mark.parametrize(
    ("beat", "text", "venue"),
    [
        ("labour", "Union leader Ngozi Adeyemi welcomed Labour Minister Henrik Solberg to Congress House on Monday.",
         "Congress House"),
        ("science", "Professor Wei Zhang welcomed Amara Diallo, the director of the space agency, to the Halden "
                    "Institute on Monday.", "Halden Institute"),
        ("business", "Chief executive Haruto Tanaka welcomed Priya Raman, the chair of Orinda Bank, to Kestrel House "
                     "on Monday.", "Kestrel House"),
    ],
)
def test_the_venue_a_guest_is_welcomed_to_is_the_place_not_a_side(run, beat, text, venue):
    meeting = _only(run(text))
    assert meeting.location is not None and meeting.location.name == venue, beat
    assert venue not in {p.name for p in meeting.participants}
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("labour", "Union leader Ngozi Adeyemi met Labour Minister Henrik Solberg over the weekend in Lagos.",
         "Lagos"),
        ("science", "Professor Wei Zhang met Dr. Amara Diallo over the weekend in Nairobi.", "Nairobi"),
        ("local politics", "Mayor Fatima Haddad met Governor Rajesh Iyer over the weekend in Toronto.", "Toronto"),
    ],
)
def test_over_the_weekend_dates_the_encounter_and_passes_on_its_place(run, beat, text, place):
    meeting = _only(run(text))
    assert meeting.location is not None and meeting.location.name == place, beat
    assert meeting.date is not None and meeting.date.text == "the weekend" and meeting.date.iso is None


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("diplomacy", "Foreign Minister Sergio Mendes met Prime Minister Aiko Sato in Lisbon, where the two discussed "
                      "a possible future meeting between Sato and President Ana Costa."),
        ("business", "Chief executive Haruto Tanaka met banker Priya Raman in Osaka, where they discussed a possible "
                     "meeting between Raman and investor Lars Moberg."),
        ("sport", "Coach Mateus Oliveira met club owner Siobhan Kelly in Dublin, where they discussed possible talks "
                  "between Kelly and league president Tomasz Nowak."),
    ],
)
def test_an_encounter_only_discussed_where_others_met_is_not_placed_there(run, beat, text):
    discussed = [m for m in run(text) if m.status == "planned"]
    assert discussed, beat
    assert all(m.location is None for m in discussed)


# --- an encounter told in a "who" clause is the antecedent's -------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("local politics", "Mayor Fatima Haddad, who met Governor Rajesh Iyer in Toronto on Monday, said progress had "
                           "been made.", "Toronto"),
        ("labour", "Union leader Ngozi Adeyemi, who held talks with Labour Minister Henrik Solberg in Lagos on "
                   "Monday, said the strike would go ahead.", "Lagos"),
        ("health", "Health Minister Lucia Moreno, who met hospital chief Omar Haddad in Seville on Monday, praised the "
                   "nurses.", "Seville"),
    ],
)
def test_who_met_in_a_relative_clause_is_the_antecedent(run, beat, text, place):
    meeting = _only(run(text))
    assert len(meeting.participants) == 2, beat
    assert meeting.location is not None and meeting.location.name == place
    assert meeting.date is not None and meeting.date.iso == "2026-03-02"


# --- venues of every beat told without a name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "venue"),
    [
        ("courts", "Defence lawyer Ines Carvalho met prosecutor Tomas Reyes at the courthouse on Monday.",
         "courthouse"),
        ("health", "Health Minister Lucia Moreno met surgeon Omar Haddad at the hospital on Monday.", "hospital"),
        ("local politics", "Mayor Fatima Haddad met head teacher Rui Carvalhal at the school on Monday.", "school"),
        ("culture", "Director Amara Diallo met painter Lars Moberg at the museum on Monday.", "museum"),
    ],
)
def test_a_beats_common_venue_places_the_encounter(run, beat, text, venue):
    meeting = _only(run(text))
    assert meeting.location is not None and meeting.location.name == venue, beat


# --- plans told with the encounter as subject or the traveller "due" somewhere ---------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("local politics", "A summit between Mayor Fatima Haddad and Governor Rajesh Iyer is pencilled in for March "
                           "12.", "2026-03-12"),
        ("business", "Talks between chief executive Haruto Tanaka and banker Priya Raman have been pencilled in for "
                     "Friday.", "2026-03-06"),
        ("sport", "A meeting between coach Mateus Oliveira and club owner Siobhan Kelly is pencilled in for next "
                  "Tuesday.", "2026-03-10"),
    ],
)
def test_an_encounter_pencilled_in_is_planned_for_that_day(run, beat, text, iso):
    meeting = _only(run(text))
    assert meeting.status == "planned", beat
    assert meeting.date is not None and meeting.date.iso == iso


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("labour", "Union leader Ngozi Adeyemi is due in Lagos on Friday for talks with Labour Minister Henrik "
                   "Solberg.", "Lagos"),
        ("diplomacy", "Foreign Minister Sergio Mendes is due in Lisbon on Friday for talks with Prime Minister Aiko "
                      "Sato.", "Lisbon"),
        ("science", "Professor Wei Zhang is due in Nairobi on Friday for talks with Dr. Amara Diallo.", "Nairobi"),
    ],
)
def test_where_the_traveller_is_due_for_talks_places_them(run, beat, text, place):
    meeting = _only(run(text))
    assert meeting.status == "planned", beat
    assert meeting.location is not None and meeting.location.name == place


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("labour", "The pay dispute entered its third week.\n\nUnion leader Ngozi Adeyemi is set to travel to Lagos "
                   "next week, where Adeyemi will meet Labour Minister Henrik Solberg.", "Lagos"),
        ("business", "Chief executive Haruto Tanaka will fly to Osaka on Friday, where he will meet banker Priya "
                     "Raman.", "Osaka"),
        ("sport", "Coach Mateus Oliveira heads to Dublin next week, where he will meet club owner Siobhan Kelly.",
         "Dublin"),
    ],
)
def test_the_place_before_where_places_the_encounter_after_it(run, beat, text, place):
    meeting = _only(run(text))
    assert meeting.location is not None and meeting.location.name == place, beat


# --- "rang" is a phone call; a city the gazetteer calls "X City"; the place one lands in just before -----------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("labour", "Union leader Ngozi Adeyemi rang Labour Minister Henrik Solberg on Monday."),
        ("science", "Professor Wei Zhang rang Dr. Amara Diallo on Monday."),
        ("local politics", "Mayor Fatima Haddad rang Governor Rajesh Iyer on Monday."),
    ],
)
def test_ringing_someone_is_a_phone_call(run, beat, text):
    meeting = _only(run(text))
    assert meeting.mode == "phone", beat
    assert meeting.date is not None and meeting.date.iso == "2026-03-02"


def test_ringing_a_bell_is_no_call(run):
    assert run("Coach Mateus Oliveira rang the bell at the stadium on Monday.") == []


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("diplomacy", "Foreign Minister Sergio Mendes met Prime Minister Aiko Sato at the Halden Institute in New York "
                      "on Monday."),
        ("business", "Chief executive Haruto Tanaka met banker Priya Raman in New York on Monday."),
        ("culture", "Director Amara Diallo met painter Lars Moberg at a gallery in New York on Monday."),
    ],
)
def test_new_york_is_a_known_city(run, beat, text):
    meeting = _only(run(text))
    assert meeting.location is not None and meeting.location.name == "New York", beat
    assert meeting.location.country == "US"


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("local politics", "Mayor Fatima Haddad met Governor Rajesh Iyer on Monday after landing in Toronto.",
         "Toronto"),
        ("sport", "Coach Mateus Oliveira met club owner Siobhan Kelly on Monday after arriving in Dublin.", "Dublin"),
        ("business", "Chief executive Haruto Tanaka held talks with banker Priya Raman on Monday after flying to "
                     "Osaka.", "Osaka"),
    ],
)
def test_the_place_just_arrived_at_places_the_encounter(run, beat, text, place):
    meeting = _only(run(text))
    assert meeting.location is not None and meeting.location.name == place, beat


# --- an event hours or moments away shares its day -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("local politics", "Mayor Fatima Haddad met Governor Rajesh Iyer in Toronto hours after the vote on Monday.",
         "2026-03-02"),
        ("sport", "Coach Mateus Oliveira met club owner Siobhan Kelly shortly before the final on Saturday.",
         "2026-02-28"),
        ("labour", "Union leader Ngozi Adeyemi met Labour Minister Henrik Solberg minutes after the strike vote on "
                   "Tuesday.", "2026-03-03"),
    ],
)
def test_an_event_hours_away_dates_the_encounter(run, beat, text, iso):
    meeting = _only(run(text))
    assert meeting.date is not None and meeting.date.iso == iso, beat


def test_an_event_weeks_away_leaves_the_day_open(run):
    meeting = _only(run("Mayor Fatima Haddad met Governor Rajesh Iyer two weeks after the vote on Monday."))
    assert meeting.date is None or meeting.date.iso != "2026-03-02"


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("local politics", "Mayor Fatima Haddad met Governor Rajesh Iyer as scheduled on Monday.", "2026-03-02"),
        ("sport", "Coach Mateus Oliveira met club owner Siobhan Kelly as planned on Tuesday in Dublin.", "2026-03-03"),
        ("labour", "Union leader Ngozi Adeyemi met Labour Minister Henrik Solberg on Monday as planned.",
         "2026-03-02"),
    ],
)
def test_an_encounter_held_as_planned_keeps_the_plans_day(run, beat, text, iso):
    meeting = _only(run(text))
    assert meeting.status == "held", beat
    assert meeting.date is not None and meeting.date.iso == iso


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local politics", "Mayor Fatima Haddad left Toronto on Monday without meeting Governor Rajesh Iyer."),
        ("labour", "Union leader Ngozi Adeyemi ended her visit without talks with Labour Minister Henrik Solberg."),
        ("sport", "Coach Mateus Oliveira flew home without holding talks with club owner Siobhan Kelly."),
    ],
)
def test_leaving_without_meeting_is_no_encounter(run, beat, text):
    assert run(text) == [], beat


def test_meeting_without_aides_is_still_an_encounter(run):
    assert _only(run("Mayor Fatima Haddad met Governor Rajesh Iyer without aides on Monday.")).status == "held"
