"""Unnamed bodies as speakers: a definite body its field singles out ("the regional health agency") speaks as
written, as "police" does, when the article names no organisation it could be. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # health
            "Heavy rain flooded the valley towns on Monday. "
            "The regional health agency said in a statement that three clinics had shut.",
            "regional health agency",
        ),
        (  # weather, after a company the body cannot be
            "Torvik Energy closed its plant near the river on Monday. "
            "The national weather service said more rain was expected.",
            "national weather service",
        ),
        (  # civil protection, after a named person
            "Mayor Amara Okonkwo opened the new bridge on Monday. "
            "The civil protection agency said two villages had been evacuated.",
            "civil protection agency",
        ),
        (  # sport
            "Kenji Watanabe was sent off in the second half. "
            "The national football association said the match would be replayed.",
            "national football association",
        ),
    ],
)
def test_a_definite_body_its_field_singles_out_speaks_as_written(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body]


def test_the_body_later_is_the_same_body(nlp: Language) -> None:
    text = (
        "The state audit office said the accounts of the port were incomplete. "
        "The office added that it would publish its findings in March."
    )
    assert speakers(nlp, text) == ["state audit office", "state audit office"]


def test_a_named_body_of_that_field_comes_first(nlp: Language) -> None:
    text = (
        "The Valdoran Health Agency opened two clinics in the north on Monday. "
        "The regional health agency said the clinics would treat children first."
    )
    assert speakers(nlp, text) == ["Valdoran Health Agency"]


@pytest.mark.parametrize(
    "subject",
    ["A regional health agency", "The agency", "The same agency"],
)
def test_a_body_nothing_singles_out_stays_unnamed(nlp: Language, subject: str) -> None:
    text = f"Heavy rain flooded the valley towns on Monday. {subject} said three clinics had shut."
    assert speakers(nlp, text) == [None]
