"""MEETINGS and visits to places: "visited the X Museum", "will visit the Y factory" tell where someone went,
with nobody met, so no encounter; "visited the X Museum and met its director, Y" is one with Y, at the museum;
a body of people or a person visited is still met. Every name is invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

import pytest
from spacy.language import Language

from streams.enrich.model import Meeting
from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def run(nlp: Language) -> Callable[..., list[Meeting]]:
    return partial(meetings_in, nlp, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Culture Minister Rosa Ulm visited the Kestrel Museum in Vienna on Monday.",  # culture
        "Health Minister Ola Brenn will visit the Kelby General Hospital next week.",  # health
        "Professor Mira Kolt visited the Institute of Marine Physics on Monday to see the new wing.",  # science
        "Labour Minister Vera Holm visited the Kellin Steel Works and the nearby harbour on Monday.",  # labour
        "Sports Minister Anja Rudd visited the Riverside Stadium, which reopened last year.",  # sport
        "On Monday Mayor Janet Orrin visited the Calder Community Centre.",  # local politics
        "Justice Minister Karin Dahl visited the Northgate Crown Court on Tuesday.",  # courts
        "Culture Minister Rosa Ulm visited the Vellum Opera House on Monday.",  # a site told by two words
    ],
)
def test_a_visit_to_a_site_alone_is_no_encounter(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "visitor", "met", "place"),
    [
        ("Culture Minister Rosa Ulm visited the Kestrel Museum and met its director, Hugo Marr, on Monday.",
         "Rosa Ulm", "Hugo Marr", "Kestrel Museum"),
        ("Justice Minister Karin Dahl visited the Hallam Prison on Monday and held talks with its governor, "
         "Elan Voss.", "Karin Dahl", "Elan Voss", "Hallam Prison"),
        ("President Ana Ruiz visited Carrow University in Madrid on Monday, where she met its rector, Piet Vries.",
         "Ana Ruiz", "Piet Vries", "Madrid"),
    ],
)
def test_a_visit_that_meets_someone_is_an_encounter_with_them_at_the_site(run, text, visitor, met, place):
    [meeting] = run(text)
    assert side_names(meeting) == {visitor, met}
    assert meeting.location is not None and meeting.location.name == place
    assert (meeting.status, meeting.mode) == ("held", "in_person")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Sports Minister Anja Rudd visited the Eastern Rowing Federation in Turin on Monday.",
         {"Anja Rudd", "Eastern Rowing Federation"}),  # a body of people is met
        ("Justice Minister Karin Dahl visited the Bar Council on Monday.", {"Karin Dahl", "Bar Council"}),
        ("President Ana Ruiz visited Chancellor Piet Vries in Berlin on Monday.", {"Ana Ruiz", "Piet Vries"}),
    ],
)
def test_a_body_or_a_person_visited_is_still_met(run, text, sides):
    [meeting] = run(text)
    assert side_names(meeting) == sides
