"""MEETINGS told as a call paid in person: "X called on Y at her office". "called on Y" is usually an appeal
("called on Y to resign", "called on Y for calm"); a venue after "at", with nothing asked of Y, tells the visit,
held in person. Every person, body and place is invented.
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
    ("text", "sides"),
    [
        # diplomacy
        ("Foreign Minister Arjun Mehta called on President Ana Ruiz at the palace on Monday.",
         {"Arjun Mehta", "Ana Ruiz"}),
        # local politics
        ("Councillor Rhys Evans called on Mayor Ngozi Okafor at her office on Tuesday.",
         {"Rhys Evans", "Ngozi Okafor"}),
        # business
        ("Hiroshi Tanabe called on Orkney Capital at its headquarters in Edinburgh.",
         {"Hiroshi Tanabe", "Orkney Capital"}),
    ],
)
def test_a_call_paid_at_a_venue_is_a_meeting_in_person(run, text, sides):
    found = [m for m in run(text) if sides <= side_names(m)]
    assert found and all(m.mode == "in_person" and m.status == "held" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Rhys Evans called on Mayor Ngozi Okafor to resign on Tuesday.",  # local politics: an appeal
        "Hiroshi Tanabe called on Orkney Capital at a rally in Leeds for a review of the takeover.",  # business
        "Senator Wanjiru Kamau called on Sunbird Airways at the town hall to drop the wage freeze.",  # labour
        "Dr Aminata Diallo called on the Musicians Guild at its office, urging it to end the strike.",  # culture
        "Coach Callum Reid called on Fenwick United players in a statement on Monday.",  # sport: no venue
    ],
)
def test_a_call_on_someone_that_asks_or_names_no_venue_is_no_meeting(run, text):
    assert run(text) == []
