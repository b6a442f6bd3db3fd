"""MEETINGS told as trips, stays and site visits (round 48):

- an office holder's trip or journey to a country or its capital ("after her trip to X") is a visit there,
  a meeting with the country when no host is named; a private, leisure or conference trip, or one with no
  office holder's name on it, is travel;
- "is in X on a visit", "arrived in Y on a two-day visit": the visit goes where its visitor is; "should be in
  X on a visit" is planned;
- a site visited whose owner the article names ("visited X's plant", "visited Y" where Y is X's smelter) is a
  meeting with the owner; a site with no owner named, or the visitor's own firm's, meets no one.

Every person, body and place name is invented, each construction on several beats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from streams.enrich.model import Meeting
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides", "status"),
    [
        # politics: a poll story
        ("Premier Hanna Ostrova has gained in the polls. Voters were more impressed with Ostrova after her trip "
         "to Brazil.", {"Hanna Ostrova", "Brazil"}, "held"),
        # politics: a capital stands for its country
        ("Opposition leader Tomas Kvell lost ground. His popularity slumped following his trip to Ottawa last "
         "week to explain his tax plans.", {"Tomas Kvell", "Canada"}, "held"),
        # business
        ("Trade Minister Ines Varga said after her trip to Vietnam that rice exports would grow.",
         {"Ines Varga", "Vietnam"}, "held"),
        # labour
        ("Labour Minister Rita Koss said her journey to Mexico had opened doors for migrant workers.",
         {"Rita Koss", "Mexico"}, "held"),
        # diplomacy: a state of older wire copy
        ("Foreign Minister Arno Velt is preparing for his trip to the Soviet Union next month.",
         {"Arno Velt", "Soviet Union"}, "planned"),
    ],
)
def test_an_office_holders_trip_abroad_meets_the_country(run: Callable[..., list[Meeting]], text: str,
                                                          sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status
    assert meeting.mode == "in_person"


@pytest.mark.parametrize(
    "text",
    [
        "Singer Mara Quill said her trip to Spain had inspired the new album.",  # culture: no office
        "Premier Hanna Ostrova said her family trip to Spain was a chance to rest.",  # private
        "Finance Minister Paul Osei said his trip to Japan to attend a conference on debt would be short.",  # event
        "A trip to Peru would cost the club too much, coach Ben Ardo said.",  # sport: nobody's trip
        "Minister Tia Rask said her trip to the coast had been wonderful.",  # not a country
        "Governor Eli Maro did not make his trip to Italy.",  # negated
    ],
)
def test_other_trips_are_travel(run: Callable[..., list[Meeting]], text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "sides", "status"),
    [
        # farming: expected
        ("Farm Minister Lucia Brandt said her Chilean counterpart, Rafael Ortun, should be in Oslo on a visit soon.",
         {"Rafael Ortun", "Norway"}, "planned"),
        # mining: scheduled
        ("Mining Minister Carl Oby will be in Peru on a three-day visit next week.", {"Carl Oby", "Peru"},
         "planned"),
        # trade: arrived
        ("Trade Commissioner Mia Holt arrived in Tokyo on Monday on a two-day visit.", {"Mia Holt", "Japan"}, "held"),
        # transport
        ("Transport Minister Olu Bako was in Lisbon on a visit last week and signed a rail deal.",
         {"Olu Bako", "Portugal"}, "held"),
    ],
)
def test_a_visit_goes_where_its_visitor_is(run: Callable[..., list[Meeting]], text: str, sides: set[str],
                                           status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize(
    "text",
    [
        "Sports Minister Ivo Kral was in Madrid on a visit to attend the cup final.",  # sport: an event
        "Judge Dana Kolb is in Vienna on a visit to attend a conference on court reform.",  # courts: a conference
        "Coach Tomas Reyl was in Spain on holiday last week.",  # leisure
        "Surgeon Ola Brenn was in the hospital on a visit to patients.",  # health: no country
    ],
)
def test_a_stay_for_an_event_or_leisure_meets_no_one(run: Callable[..., list[Meeting]], text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # mining: the site named by its own name, its owner told before
        ("Mining group Arvo AB signed a pact with the state agency Delmar Holdings on a joint zinc venture. The "
         "ore may be shipped to Arvo's Kestrel copper smelter. Representatives from Delmar Holdings have visited "
         "Kestrel already, an Arvo spokesman said.", {"Delmar Holdings", "Arvo AB"}),
        # water
        ("Officials from the Brill Water Board visited Tanmore Foods' bottling plant on Tuesday.",
         {"Brill Water Board", "Tanmore Foods"}),
        # energy: "owned by"
        ("Inspectors from the Safety Agency visited the refinery owned by Norcross Oil on Monday.",
         {"Safety Agency", "Norcross Oil"}),
        # textiles
        ("Executives of Pemberton Retail Ltd visited Solace Textiles' mill in Lahore this week.",
         {"Pemberton Retail Ltd", "Solace Textiles"}),
    ],
)
def test_a_site_visit_meets_the_sites_owner(run: Callable[..., list[Meeting]], text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Tourists visited the Orla Museum on Sunday.",  # sightseeing
        "Mayor Kai Lund visited the Harbour Museum and praised its new wing.",  # local: no owner
        "Veldt Motors chief executive Ian Cole visited Veldt Motors' plant in Harlow on Monday.",  # own firm
        "The museum drew 40,000 visitors last year, its director said.",  # visitors
        "No one from the council has visited Arvo AB's smelter since the leak, residents said.",  # negated
    ],
)
def test_a_site_with_no_other_owner_meets_no_one(run: Callable[..., list[Meeting]], text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # politics: a visit that is the subject of a condition
        "Premier Hanna Ostrova spoke on Monday. If her visit to Brazil went ahead, the talks on beef could resume, "
        "Ostrova said.",
        # labour
        "Union leader Rosa Dunne said that if a meeting with Halvard Steel took place, the strike could end.",
        # sport
        "Coach Dan Ruiz said the deal would be signed unless talks with the Harbour City club broke down.",
    ],
)
def test_an_encounter_that_is_a_conditions_subject_is_hypothetical(run: Callable[..., list[Meeting]],
                                                                    text: str) -> None:
    assert run(text) == []


def test_a_conceded_visit_took_place(run: Callable[..., list[Meeting]]) -> None:
    """"Even if her visit was short": a concession grants the visit."""
    [meeting] = run("Trade Minister Ines Varga spoke on Monday. Even if her visit to Brazil was short, it produced "
                    "a beef accord, Varga said.")
    assert side_names(meeting) == {"Ines Varga", "Brazil"}


@pytest.mark.parametrize(
    ("text", "sides", "place"),
    [
        # diplomacy: the destination told with "for", the talks after it
        ("Finance Minister Ana Ruiz will leave for Geneva on Monday for talks with Treasury Secretary Tom Hale.",
         {"Ana Ruiz", "Tom Hale"}, "Geneva"),
        # business: a purpose clause after the departure
        ("Orvane Motors chairman Ivo Brandt departs for Turin on Friday to meet union leader Petra Lind.",
         {"Ivo Brandt", "Petra Lind"}, "Turin"),
        # sport: told in the past, the talks still ahead when told
        ("Club president Oskar Vale left for Madrid on Sunday for talks with coach Dario Penn.",
         {"Oskar Vale", "Dario Penn"}, "Madrid"),
    ],
)
def test_a_departure_for_a_place_is_a_trip_to_talks_there(run: Callable[..., list[Meeting]], text: str,
                                                          sides: set[str], place: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert (meeting.status, meeting.mode) == ("planned", "in_person")
    assert meeting.location is not None and meeting.location.name == place
    assert meeting.date is None  # the day of setting off is not the day of the talks


@pytest.mark.parametrize(
    "text",
    [
        "A first cargo of grain will leave for Freedonia this weekend to help meet domestic demand.",  # goods
        "Ana Ruiz left Geneva on Monday after talks with Tom Hale.",  # leaving the place of talks held there
    ],
)
def test_a_departure_places_no_talks_it_is_not_for(run: Callable[..., list[Meeting]], text: str) -> None:
    meetings = run(text)
    assert all(m.location is None or m.location.name != "Freedonia" for m in meetings)
    assert all(m.status == "held" and m.location is None for m in meetings)
