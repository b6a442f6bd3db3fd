"""MEETINGS details once an encounter is found: the day a put-off encounter was set for, sides the small model
strands, named venues and places told inside a meal, on every beat.

Every sentence is invented (people, companies, unions, clubs and venues are made up; cities are real).
Publication date: Thursday 2026-03-05.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 5, 10, 0, tzinfo=dt.UTC)


def _only(meetings: list[Meeting]) -> Meeting:
    assert len(meetings) == 1, [[p.name for p in m.participants] for m in meetings]
    return meetings[0]


def _surnames(meeting: Meeting) -> set[str]:
    return {p.name.split()[-1] for p in meeting.participants}


# --- date: the day on a calling-off verb is the decision's, wherever it stands -----------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("science", "Professor Wei Zhang on Monday postponed talks with Dr. Amara Diallo."),
        ("diplomacy", "Foreign Minister Sergio Mendes on Tuesday called off a meeting with Prime Minister Aiko Sato."),
        ("labour", "Talks between union leader Ngozi Adeyemi and Labour Minister Henrik Solberg were postponed on "
                   "Monday."),
    ],
)
def test_a_put_off_encounter_is_not_dated_by_the_decision(run, beat, text):
    meeting = _only(run(text))
    assert meeting.status == "cancelled"
    assert meeting.date is None, beat


@pytest.mark.parametrize(
    ("construction", "text"),
    [
        ("put off on another day", "Union leader Ngozi Adeyemi on Monday postponed talks with Labour Minister Henrik "
                                   "Solberg that had been set for Friday."),
        ("put off on another day", "Chief executive Haruto Tanaka on Monday postponed a meeting with Priya Raman, the "
                                   "chair of Orinda Bank, that had been scheduled for Friday."),
        ("put off on another day", "Mayor Fatima Haddad on Monday called off talks with Governor Rajesh Iyer that "
                                   "had been planned for Friday."),
        ("put off on another day", "On Monday coach Mateus Oliveira postponed a meeting with league president "
                                   "Siobhan Kelly that had been set for Friday."),
        ("day on the encounter", "The meeting between Mayor Fatima Haddad and Governor Rajesh Iyer on Friday was "
                                 "cancelled."),
        ("day on the encounter", "Union leader Ngozi Adeyemi's planned meeting with Labour Minister Henrik Solberg on "
                                 "Friday was scrapped."),
        ("day on the encounter", "Chief executive Haruto Tanaka's planned meeting with banker Priya Raman on Friday "
                                 "was called off."),
        ("plan read as the counterpart's", "Coach Mateus Oliveira cancelled a meeting with league president Siobhan "
                                           "Kelly planned for Friday."),
        ("plan read as the counterpart's", "Mayor Fatima Haddad cancelled a meeting with Governor Rajesh Iyer "
                                           "planned for Friday."),
    ],
)
def test_a_called_off_encounter_keeps_its_own_day(run, construction, text):
    meeting = _only(run(text))
    assert meeting.status == "cancelled"
    assert meeting.date is not None and meeting.date.iso == "2026-03-06", construction


# --- sides the small model strands after "with" and "and", or on a trip ----------------------------------------


@pytest.mark.parametrize(
    ("construction", "text", "sides"),
    [
        ("counterpart read as the planner", "Coach Mateus Oliveira cancelled a meeting with league president Siobhan "
                                            "Kelly planned for Friday.", {"Oliveira", "Kelly"}),
        ("counterpart read as the planner", "Union leader Ngozi Adeyemi cancelled a meeting with Labour Minister "
                                            "Henrik Solberg planned for Friday.", {"Adeyemi", "Solberg"}),
        ("second side read as a second subject", "Talks between coach Mateus Oliveira and league president Siobhan "
                                                 "Kelly were postponed on Monday.", {"Oliveira", "Kelly"}),
        ("second side read as a second subject", "The meeting between Mayor Fatima Haddad and Governor Rajesh Iyer "
                                                 "has been pushed back to next Tuesday.", {"Haddad", "Iyer"}),
        ("second side read as a second subject", "Talks between chief executive Haruto Tanaka and union leader Ngozi "
                                                 "Adeyemi were postponed on Monday.", {"Tanaka", "Adeyemi"}),
        ("trip put off to meet someone", "Mayor Fatima Haddad postponed a visit to Toronto to meet Governor Rajesh "
                                         "Iyer.", {"Haddad", "Iyer"}),
        ("trip put off to meet someone", "Foreign Minister Sergio Mendes cancelled a trip to Lisbon to meet Prime "
                                         "Minister Aiko Sato.", {"Mendes", "Sato"}),
        ("trip put off to meet someone", "Coach Mateus Oliveira called off a trip to Dublin to meet league president "
                                         "Siobhan Kelly.", {"Oliveira", "Kelly"}),
    ],
)
def test_a_stranded_side_is_a_side(run, construction, text, sides):
    assert _surnames(_only(run(text))) == sides, construction


def test_a_name_starting_its_own_clause_after_and_is_no_side(run):
    meetings = run("Chief executive Haruto Tanaka has met banker Priya Raman, and union leader Ngozi Adeyemi had a "
                   "meeting with Labour Minister Henrik Solberg.")
    assert sorted(sorted(_surnames(m)) for m in meetings) == [["Adeyemi", "Solberg"], ["Raman", "Tanaka"]]


# --- place: named venues of every kind, venues owned by a town, and places the small model hangs elsewhere -------


@pytest.mark.parametrize(
    ("construction", "text", "place"),
    [
        ("named venue read as an event", "Coach Mateus Oliveira held talks with league president Siobhan Kelly at "
                                         "Parkside Stadium on Monday.", "Parkside Stadium"),
        ("named institute", "Professor Wei Zhang met Amara Diallo, the director of the space agency, on Monday at "
                            "the Halden Institute.", "Halden Institute"),
        ("named museum", "Mayor Fatima Haddad met Governor Rajesh Iyer at the Corran Museum on Monday.",
         "Corran Museum"),
        ("inside a meal", "Mayor Fatima Haddad met Governor Rajesh Iyer over dinner in Toronto on Monday.", "Toronto"),
        ("inside a meal", "Chief executive Haruto Tanaka met banker Priya Raman over lunch in Osaka on Monday.",
         "Osaka"),
        ("inside a meal", "Foreign Minister Sergio Mendes met Prime Minister Aiko Sato over breakfast in Lisbon.",
         "Lisbon"),
        ("after a manner", "Union leader Ngozi Adeyemi met Labour Minister Henrik Solberg behind closed doors in "
                           "Lagos on Monday.", "Lagos"),
        ("after a manner", "Coach Mateus Oliveira met club owner Siobhan Kelly behind closed doors in Dublin on "
                           "Monday.", "Dublin"),
        ("venue owned by a town", "Chief executive Haruto Tanaka met union leader Ngozi Adeyemi at the Osaka "
                                  "headquarters of the federation on Monday.", "Osaka"),
        ("venue owned by a town", "Union leader Ngozi Adeyemi met Labour Minister Henrik Solberg at the Lagos "
                                  "offices of the ministry on Monday.", "Lagos"),
        ("venue owned by a town", "Professor Wei Zhang met Dr. Amara Diallo at the Nairobi campus of the university "
                                  "on Monday.", "Nairobi"),
        ("on a stranded side", "The meeting between Mayor Fatima Haddad and Governor Rajesh Iyer in Toronto has been "
                               "pushed back to next Tuesday.", "Toronto"),
        ("on a stranded side", "Talks between coach Mateus Oliveira and league president Siobhan Kelly in Dublin "
                               "were postponed.", "Dublin"),
        ("on a stranded side", "Talks between union leader Ngozi Adeyemi and Labour Minister Henrik Solberg in Lagos "
                               "were postponed.", "Lagos"),
    ],
)
def test_the_place_told_is_the_encounters(run, construction, text, place):
    meeting = _only(run(text))
    assert meeting.location is not None and meeting.location.name == place, construction


def test_a_place_inside_the_topic_is_not_the_place(run):
    meeting = _only(run("Chief executive Haruto Tanaka held talks with union leader Ngozi Adeyemi over the future of "
                        "the plant in Leeds."))
    assert meeting.location is None


# --- date on a channel ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local politics", "Mayor Fatima Haddad met Governor Rajesh Iyer via videoconference on Monday."),
        ("business", "Chief executive Haruto Tanaka met banker Priya Raman via video link on Monday."),
        ("science", "Professor Wei Zhang spoke to Dr. Amara Diallo by video link on Monday."),
    ],
)
def test_a_day_hung_on_the_channel_dates_the_call(run, beat, text):
    meeting = _only(run(text))
    assert meeting.mode == "video"
    assert meeting.date is not None and meeting.date.iso == "2026-03-02", beat


# --- status: a suspension reads the same in both voices -----------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local politics", "Mayor Fatima Haddad suspended talks with Governor Rajesh Iyer on Monday."),
        ("local politics", "Talks between Mayor Fatima Haddad and Governor Rajesh Iyer were suspended on Monday."),
        ("labour", "Union leader Ngozi Adeyemi abandoned talks with Labour Minister Henrik Solberg."),
        ("labour", "Talks between union leader Ngozi Adeyemi and Labour Minister Henrik Solberg were abandoned."),
        ("diplomacy", "Talks between Foreign Minister Sergio Mendes and Prime Minister Aiko Sato have been suspended."),
    ],
)
def test_suspended_talks_are_called_off_in_either_voice(run, beat, text):
    meeting = _only(run(text))
    assert meeting.status == "cancelled", beat
    assert meeting.date is None


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local politics", "Talks between Mayor Fatima Haddad and Governor Rajesh Iyer were suspended after three "
                           "hours."),
        ("business", "Chief executive Haruto Tanaka suspended talks with union leader Ngozi Adeyemi after two days."),
        ("sport", "Coach Mateus Oliveira abandoned talks with club president Siobhan Kelly midway on Monday."),
    ],
)
def test_talks_broken_off_once_under_way_were_held(run, beat, text):
    assert _only(run(text)).status == "held", beat


# --- a third side the small model hangs on the verb -------------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "sides", "city"),
    [
        ("science", "Professor Wei Zhang met agency director Amara Diallo and astronomer Ingrid Holm in Nairobi on "
                    "Monday.", {"Zhang", "Diallo", "Holm"}, "Nairobi"),
        ("diplomacy", "Foreign Minister Sergio Mendes met Prime Minister Aiko Sato and envoy Kwame Mensah in Lisbon "
                      "on Monday.", {"Mendes", "Sato", "Mensah"}, "Lisbon"),
        ("business", "Chief executive Haruto Tanaka met banker Priya Raman and investor Lars Moberg in Osaka on "
                     "Monday.", {"Tanaka", "Raman", "Moberg"}, "Osaka"),
    ],
)
def test_a_second_counterpart_after_and_is_a_side(run, beat, text, sides, city):
    meeting = _only(run(text))
    assert _surnames(meeting) == sides, beat
    assert meeting.location is not None and meeting.location.name == city
    assert meeting.date is not None and meeting.date.iso == "2026-03-02"


@pytest.mark.parametrize(
    ("beat", "text", "sides", "city"),
    [
        ("labour", "Union leader Ngozi Adeyemi met Labour Minister Henrik Solberg face to face in Lagos on Monday.",
         {"Adeyemi", "Solberg"}, "Lagos"),
        ("local politics", "Mayor Fatima Haddad met Governor Rajesh Iyer face to face in Toronto on Monday.",
         {"Haddad", "Iyer"}, "Toronto"),
        ("diplomacy", "Foreign Minister Sergio Mendes met Prime Minister Aiko Sato face to face in Lisbon on Monday.",
         {"Mendes", "Sato"}, "Lisbon"),
        ("sport", "Coach Mateus Oliveira met club owner Siobhan Kelly face to face in Dublin on Monday.",
         {"Oliveira", "Kelly"}, "Dublin"),
    ],
)
def test_met_face_to_face_keeps_the_counterpart_place_and_day(run, beat, text, sides, city):
    meeting = _only(run(text))
    assert _surnames(meeting) == sides, beat
    assert meeting.mode == "in_person"
    assert meeting.location is not None and meeting.location.name == city
    assert meeting.date is not None and meeting.date.iso == "2026-03-02"


# --- a bare weekday after the counterpart; a schedule's day and place -------------------------------------------


@pytest.mark.parametrize(
    ("construction", "text", "sides", "city", "iso"),
    [
        ("bare weekday", "Union leader Ngozi Adeyemi met Labour Minister Henrik Solberg Monday in Lagos.",
         {"Adeyemi", "Solberg"}, "Lagos", "2026-03-02"),
        ("bare weekday", "Coach Mateus Oliveira met club owner Siobhan Kelly Monday in Dublin.",
         {"Oliveira", "Kelly"}, "Dublin", "2026-03-02"),
        ("bare weekday", "Mayor Fatima Haddad met Governor Rajesh Iyer Monday in Toronto.",
         {"Haddad", "Iyer"}, "Toronto", "2026-03-02"),
        ("schedule after an apposition", "Chief executive Haruto Tanaka is scheduled to hold talks with Priya Raman, "
                                         "the chair of Orinda Bank, on March 12 in Osaka.",
         {"Tanaka", "Raman"}, "Osaka", "2026-03-12"),
        ("schedule after an apposition", "Professor Wei Zhang is scheduled to hold talks with Amara Diallo, the "
                                         "director of the space agency, on March 12 in Nairobi.",
         {"Zhang", "Diallo"}, "Nairobi", "2026-03-12"),
        ("schedule after an apposition", "Union leader Ngozi Adeyemi is set to hold talks with Henrik Solberg, the "
                                         "labour minister, on March 12 in Lagos.",
         {"Adeyemi", "Solberg"}, "Lagos", "2026-03-12"),
    ],
)
def test_sides_place_and_day_the_small_model_hangs_apart(run, construction, text, sides, city, iso):
    meeting = _only(run(text))
    assert _surnames(meeting) == sides, construction
    assert meeting.location is not None and meeting.location.name == city, construction
    assert meeting.date is not None and meeting.date.iso == iso, construction


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("science", "Dr. Siddharth Rao pulled out of talks with Professor Leilani Kahale scheduled for Friday in "
                    "Honolulu."),
        ("labour", "Union leader Ngozi Adeyemi pulled out of talks with Labour Minister Henrik Solberg scheduled for "
                   "Friday."),
        ("business", "Chief executive Haruto Tanaka withdrew from a meeting with banker Priya Raman scheduled for "
                     "Friday."),
    ],
)
def test_withdrawing_from_a_scheduled_encounter_calls_it_off(run, beat, text):
    meeting = _only(run(text))
    assert meeting.status == "cancelled", beat
    assert meeting.date is not None and meeting.date.iso == "2026-03-06"


@pytest.mark.parametrize(
    ("beat", "text", "status"),
    [
        ("local politics", "Talks between Mayor Fatima Haddad and Governor Rajesh Iyer will continue on Friday.",
         "planned"),
        ("diplomacy", "Talks between Foreign Minister Sergio Mendes and Prime Minister Aiko Sato are expected to "
                      "continue next week.", "planned"),
        ("labour", "Talks between union leader Ngozi Adeyemi and Labour Minister Henrik Solberg collapsed on Monday.",
         "held"),
        ("business", "Talks between chief executive Haruto Tanaka and union leader Ngozi Adeyemi will continue on "
                     "Friday.", "planned"),
    ],
)
def test_the_tense_of_the_talks_course_is_their_status(run, beat, text, status):
    assert _only(run(text)).status == status, beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("sport", "Captain Ines Carvalho shook hands with Mayor Tomas Reyes at the town hall on Tuesday."),
        ("labour", "The chief executive, Ola Berg, shook hands with union leader Amara Chukwu after the talks."),
        ("diplomacy", "Minister Kwame Asante shook hands with his counterpart Lena Brandt in Geneva."),
    ],
)
def test_a_handshake_is_in_person(run, beat, text):
    assert _only(run(text)).mode == "in_person", beat
