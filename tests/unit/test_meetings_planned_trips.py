"""MEETINGS: trips and plans probed in round 19.

- a trip told as a noun ("called off a journey to P for talks with Y") stands for its traveller's talks: the verb
  that takes, plans or cancels the trip gives the traveller as a side and the talks' status;
- "invited X to talks" that the parser reads as "to" + verb is still an invitation to talks;
- a body's name the model calls a town ("the X Federation") that no gazetteer knows is the body its shape says;
- a name the people who act for a body are "from", "at" or "of" ("officials from X Gold", "executives at X
  Seafood") is that body's, though the model calls it a person's;
- a body told by a lower-case noun that the tagger calls proper ("talks between the city council and the X
  Association") is a side as written.

Every person, body and place is invented, each construction on at least three beats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from streams.enrich.model import Meeting
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 4, 16, 10, 0, tzinfo=dt.UTC)


def _only_meeting(run: Callable[..., list[Meeting]], text: str, sides: set[str]) -> Meeting:
    """The one meeting `text` tells, checked to have exactly `sides`."""
    meetings = run(text)
    assert len(meetings) == 1
    assert side_names(meetings[0]) == sides
    return meetings[0]


@pytest.mark.parametrize(
    ("text", "sides", "status"),
    [
        # sport
        ("Callum Reid cancelled a trip to Leeds for talks with Declan Moore.", {"Callum Reid", "Declan Moore"},
         "cancelled"),
        # mining
        ("Kwame Mensah has scrapped a journey to Kumasi for talks with Ama Owusu.", {"Kwame Mensah", "Ama Owusu"},
         "cancelled"),
        # health
        ("Siobhan Byrne postponed a visit to Galway for talks with Aoife Walsh.", {"Siobhan Byrne", "Aoife Walsh"},
         "cancelled"),
        # business: the trip planned
        ("Priya Nair is planning a trip to Pune for talks with Anil Kapoor.", {"Priya Nair", "Anil Kapoor"},
         "planned"),
        # science: the trip made
        ("Dr Lena Fischer made a trip to Hobart on Monday for talks with Dr Paulo Mendes.",
         {"Lena Fischer", "Paulo Mendes"}, "held"),
    ],
)
def test_trip_told_as_a_noun_carries_its_traveller(run: Callable[..., list[Meeting]], text: str, sides: set[str],
                                                    status: str) -> None:
    assert _only_meeting(run, text, sides).status == status


@pytest.mark.parametrize(
    "text",
    [
        "Hiroshi Tanabe booked a trip to Kyoto for a holiday.",  # travel
        "Hiroshi Tanabe did not make the trip to Kyoto for talks with Keiko Mori.",  # negated
        "Gwen Pritchard cancelled a trip to Swansea for the festival.",  # culture
    ],
)
def test_trip_without_talks_or_taken_back_is_no_meeting(run: Callable[..., list[Meeting]], text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # science
        ("The Polar Survey Office has invited the Fisheries Authority to talks on krill catches.",
         {"Polar Survey Office", "Fisheries Authority"}),
        # sport
        ("The Tennis Board has invited the Umpires Federation to talks on fees.",
         {"Tennis Board", "Umpires Federation"}),
        # health
        ("The Hospital Board has invited the Nurses Federation to talks on rosters.",
         {"Hospital Board", "Nurses Federation"}),
        # business
        ("Orkney Capital has invited Tanaka Motors to talks on the buyout.", {"Orkney Capital", "Tanaka Motors"}),
    ],
)
def test_invitation_to_talks_read_as_an_infinitive_is_planned(run: Callable[..., list[Meeting]], text: str,
                                                              sides: set[str]) -> None:
    assert _only_meeting(run, text, sides).status == "planned"


def test_invitation_only_weighed_is_no_meeting(run: Callable[..., list[Meeting]]) -> None:
    assert run("The trust would consider inviting the nurses' federation to talks.") == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # sport
        ("The Rugby League is due to meet the Referees Federation next week over pay.",
         {"Rugby League", "Referees Federation"}),
        # fisheries
        ("The Fisheries Authority is due to meet the Trawlermen Federation next week over quotas.",
         {"Fisheries Authority", "Trawlermen Federation"}),
        # retail
        ("Quantia Systems is due to meet the Retailers Federation next week over the licence fees.",
         {"Quantia Systems", "Retailers Federation"}),
    ],
)
def test_body_read_as_an_unknown_town_is_a_side(run: Callable[..., list[Meeting]], text: str,
                                                 sides: set[str]) -> None:
    assert _only_meeting(run, text, sides).status == "planned"


def test_known_country_with_a_body_word_stays_the_place(run: Callable[..., list[Meeting]]) -> None:
    meetings = run("Anneli Virtanen met Tomasz Nowicki in the Russian Federation on Monday.")
    assert len(meetings) == 1
    assert meetings[0].location is not None
    assert meetings[0].location.name == "Russian Federation"


@pytest.mark.parametrize(
    ("text", "sides", "status"),
    [
        # local
        ("Talks between the city council and the Fisheries Authority resumed on Monday.",
         {"city council", "Fisheries Authority"}, "held"),
        # transport
        ("Talks between the shire council and Coastline Rail broke down on Friday.",
         {"shire council", "Coastline Rail"}, "held"),
        # culture
        ("Talks between the arts ministry and the Writers Guild resumed on Monday.",
         {"arts ministry", "Writers Guild"}, "held"),
        # residents
        ("Talks between the city council and the Harbour Residents Association are set to resume on Monday.",
         {"city council", "Harbour Residents Association"}, "planned"),
    ],
)
def test_lower_case_body_tagged_proper_is_a_side(run: Callable[..., list[Meeting]], text: str, sides: set[str],
                                                 status: str) -> None:
    assert _only_meeting(run, text, sides).status == status


def test_lower_case_body_only_spoken_of_is_no_meeting(run: Callable[..., list[Meeting]]) -> None:
    assert run("The city council said the Fisheries Authority had been helpful.") == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # mining
        ("Officials from Boateng Gold and the Mineworkers Union met in Accra on Tuesday.",
         {"Boateng Gold", "Mineworkers Union"}),
        # timber
        ("Representatives from Kowalczyk Timber and the Forest Workers Union met in Gdansk on Monday.",
         {"Kowalczyk Timber", "Forest Workers Union"}),
        # seafood business: the "at" hung on the verb
        ("Ingrid Solberg met executives at Halvorsen Seafood on Tuesday.", {"Ingrid Solberg", "Halvorsen Seafood"}),
    ],
)
def test_body_its_people_come_from_is_a_side(run: Callable[..., list[Meeting]], text: str, sides: set[str]) -> None:
    _only_meeting(run, text, sides)


def test_a_persons_representatives_still_stand_for_a_person(run: Callable[..., list[Meeting]]) -> None:
    assert run("Callum Reid met representatives of Declan Moore on Monday.") == []
