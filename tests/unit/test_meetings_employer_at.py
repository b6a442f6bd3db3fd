"""MEETINGS with the people who act for a body, told "at" it: "met management at X", "held talks with executives
at X". The small model often hangs the "at" on the verb, as if it were where they met; people who act for a
body at a named organisation stand for it all the same. Those who only work there ("met workers at X") and a
name for a place ("officials at the Grand Hotel") are not the body. Every person, body and place is invented.
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
        # labour
        ("The Food Workers Union met management at Halvorsen Foods on Tuesday.",
         {"Food Workers Union", "Halvorsen Foods"}),
        # technology
        ("Tomasz Nowak held talks with executives at Quantia Systems on Tuesday.", {"Tomasz Nowak", "Quantia Systems"}),
        # culture
        ("The Musicians Guild met management at the National Opera of Senegal on Friday.",
         {"Musicians Guild", "National Opera of Senegal"}),
        # energy: people who manage for it
        ("The Electrical Trades Union met managers at Marlowe Energy on Monday.",
         {"Electrical Trades Union", "Marlowe Energy"}),
    ],
)
def test_people_acting_for_a_body_at_it_stand_for_it(run, text, sides):
    assert any(sides <= side_names(m) for m in run(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # labour: a name for a place is where they met
        ("The Food Workers Union met management at the Harbourside Convention Centre on Tuesday.",
         "Harbourside Convention Centre"),
        ("Minister Dara Okonjo met workers at Halvorsen Foods on Tuesday.", "Halvorsen Foods"),  # politics: workers
        ("Health Minister Siobhan Byrne met nurses at the Kestrel Hospital Trust.", "Kestrel Hospital Trust"),  # health
    ],
)
def test_workers_and_venues_are_not_the_body(run, text, body):
    assert not any(body in side_names(m) for m in run(text))
