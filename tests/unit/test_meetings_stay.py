"""A visit "for ten days to review" something: the length of the stay names no one, the visitor discusses.

The small model reads "for two days to discuss" as "for him to discuss" (the days its subject) or as "days to
discuss" (the days described); either way the traveller was lost, and with it the visit's "will" (planned)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

THURSDAY = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=THURSDAY)


@pytest.mark.parametrize("text", [
    "Foreign Minister Kalo Mederi will visit Ostria for two days to discuss the border with President Aldo Brevik.",
    "Coach Ivo Brannic will travel to Tarnfield for a day to discuss the transfer with Rovers manager Pell Odum.",
    "Union leader Abel Tarrow visited the Korvel plant on May 2 for ten days to discuss pay with chief Dana Wick.",
])
def test_the_visitor_discusses(meetings, text):
    found = [m for m in meetings(text) if len(side_names(m) & {"Kalo Mederi", "Ivo Brannic", "Abel Tarrow"})]
    assert any(len(side_names(m) & {"Aldo Brevik", "Pell Odum", "Dana Wick"}) for m in found)


def test_the_others_met_stay_beside_the_visitor(meetings):
    found = meetings("Dr Sami Oduya will visit Velm for a fortnight to discuss vaccine supplies with Health Minister "
                     "Petra Lund and other officials.")
    assert any({"Sami Oduya", "Petra Lund"} <= side_names(m) for m in found)
    assert not any(side_names(m) == {"Petra Lund", "other officials"} for m in found)


def test_a_stay_with_no_one_met_is_no_meeting(meetings):
    assert meetings("Curator Tomas Feld stayed in Lunsk for ten days to rest after the season.") == []


@pytest.mark.parametrize(("text", "sides"), [
    ("The ministry announced today Trade Minister Olav Brenner will visit Port Arven on May 4 for two days to "
     "discuss its budget, including the levy, with Commerce Secretary Dana Quill and other officials.",
     {"Olav Brenner", "Dana Quill"}),
    ("Coach Ivo Pradel will visit Port Arven next month for three days to discuss its fixtures, including the "
     "cup, with federation president Lena Orr.", {"Ivo Pradel", "Lena Orr"}),
    ("Officials said chief scientist Nora Lindqvist would visit Port Arven next month for two weeks to "
     "discuss their trial, including its costs, with regulator Hal Bessing.", {"Nora Lindqvist", "Hal Bessing"}),
])
def test_a_visit_to_come_is_planned_talks_of_the_visitor(meetings, text, sides):
    found = [m for m in meetings(text) if sides <= side_names(m)]
    assert len(found) == 1
    assert found[0].status == "planned"
