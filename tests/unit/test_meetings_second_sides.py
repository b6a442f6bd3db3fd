"""MEETINGS whose second side is told outside the trigger's own reading: a person met, told by the relative
clause on their name; a country beside a region visited; an office holder's trip taken as the
object of a verb; a visit that another country's leader does not host.

Every sentence is invented (people, companies, unions and councils are made up; cities and countries are real).
Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def sides(meeting: Meeting) -> set[str]:
    return {p.name for p in meeting.participants}


def surnames(meeting: Meeting) -> set[str]:
    return {p.name.split()[-1] for p in meeting.participants}


# --- the person a relative clause says was met ---------------------------------------------------------------


def test_dated_object_relative_is_the_one_met_health(run):
    [met] = run("Dr Ana Ruiz, whom Health Minister Tom Hale met last week to discuss staffing, said wards are full.")
    assert surnames(met) == {"Ruiz", "Hale"} and met.status == "held"


def test_object_relative_with_stranded_with_sport(run):
    [met] = run("Coach Ian Doyle, who club chairman Rolf Berg met with on Monday, is expected to sign soon.")
    assert surnames(met) == {"Berg", "Doyle"}


def test_object_relative_of_long_acquaintance_is_no_meeting(run):
    assert run("Port chief Ada Lind, whom Mayor Tom Hale met at college, now runs the harbour.") == []


def test_relative_without_an_occasion_is_no_meeting(run):
    assert run("Professor Mia Holm, whom the minister has met many times, leads the institute.") == []


# --- places visited -------------------------------------------------------------------------------------------


def test_country_beside_a_region_visited_diplomacy(run):
    [visit] = run("Trade envoy Jon Vik will go on to visit the Balkans and Austria later in the month.")
    assert sides(visit) == {"Jon Vik", "Austria"} and visit.status == "planned"


def test_capital_visited_to_attend_a_conference_is_only_where(run):
    assert run("Professor Mia Holm will visit Oslo on Friday to attend a physics conference.") == []


def test_trip_called_off_by_an_office_holder(run):
    [trip] = run("Interior Minister Ada Lind postponed a planned trip to Canada owing to floods in her district.")
    assert sides(trip) == {"Ada Lind", "Canada"} and trip.status == "cancelled"


def test_trip_made_by_someone_with_no_office_is_travel(run):
    assert run("The singer Lena Moss made a trip to Canada in May.") == []


def test_trip_to_a_coast_is_travel(run):
    assert run("Interior Minister Ada Lind postponed a planned trip to the seaside.") == []


def test_visit_received_from_another_country_does_not_host_a_trip_abroad(run):
    found = run("Interior Minister Ada Lind postponed a planned trip to Canada owing to a state visit by Japanese "
                "Prime Minister Ken Sato.")
    assert {"Ada Lind", "Canada"} in [sides(m) for m in found]


def test_host_met_on_the_visit_still_absorbs_it(run):
    found = run("Trade envoy Jon Vik will visit Norway on Thursday. In Oslo he will meet Norwegian Trade Minister "
                "Eva Dahl.")
    assert [surnames(m) for m in found] == [{"Vik", "Dahl"}]
