"""MEETINGS: trips and plans probed in round 19.

- a trip told as a noun ("called off a journey to P for talks with Y") stands for its traveller's talks: the verb
  that takes, plans or cancels the trip gives the traveller as a side and the talks' status;

Every person, body and place is invented, each construction on at least three beats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

import pytest
from spacy.language import Language

from streams.enrich.model import Meeting
from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 4, 16, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def run(nlp: Language) -> Callable[..., list[Meeting]]:
    return partial(meetings_in, nlp, published=PUBLISHED)


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
    meetings = run(text)
    assert len(meetings) == 1
    assert side_names(meetings[0]) == sides
    assert meetings[0].status == status


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
    meetings = run(text)
    assert len(meetings) == 1
    assert side_names(meetings[0]) == sides
    assert meetings[0].status == "planned"


def test_invitation_only_weighed_is_no_meeting(run: Callable[..., list[Meeting]]) -> None:
    assert run("The trust would consider inviting the nurses' federation to talks.") == []
