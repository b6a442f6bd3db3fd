"""A clause on a noun that a copula predicates of its subject ("X is the third premier to be phoned by Y") tells an
encounter of that subject: the side is X, never the description "third premier". Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.readers import meetings_in, side_names

_DAY = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # international: an infinitival clause on the predicate noun
            "Prime Minister Aroha Ngata is the first premier to meet President Luis Ferreira since the war.",
            {"Aroha Ngata", "Luis Ferreira"},
        ),
        (  # diplomacy: the same, passive
            "Chancellor Ingrid Solberg was the third head of government to be phoned by President Kwame Mensah.",
            {"Ingrid Solberg", "Kwame Mensah"},
        ),
        (  # sport: a relative clause with "who"
            "Kofi Mensah is the only chairman who has met coach Marco Rossi this season.",
            {"Kofi Mensah", "Marco Rossi"},
        ),
        (  # business: talks held
            "Chief executive Tendai Moyo is the latest investor to hold talks with Finance Minister Ikenna Obi.",
            {"Tendai Moyo", "Ikenna Obi"},
        ),
        (  # religion and local politics: "remains"
            "Bishop Henrik Vogel remains the only cleric to have met Mayor Sofia Marchetti privately.",
            {"Henrik Vogel", "Sofia Marchetti"},
        ),
    ],
)
def test_the_subject_of_a_predicated_role_is_the_side(nlp: Language, text: str, sides: set[str]) -> None:
    assert [side_names(m) for m in meetings_in(nlp, text, published=_DAY)] == [sides]


def test_a_relative_clause_on_an_object_stays_that_object(nlp: Language) -> None:
    text = "Mayor Sofia Marchetti thanked the envoy who met Governor Ade Bakare on Monday."
    assert all("Sofia Marchetti" not in side_names(m) for m in meetings_in(nlp, text, published=_DAY))
