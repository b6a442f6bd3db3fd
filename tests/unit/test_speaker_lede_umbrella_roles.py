"""A lede sourced to a loose word for anyone at a body ("a Harbour Board official said"), its source named
in the next paragraph by an exact post at that body. Invented articles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "text",
    [
        (  # local politics
            "Talks on the new port levy would end by the close of the month, a Harbour Board official said.\n\n"
            "Ana Ruiz, head of the Harbour Board's planning office, gave no details.\n\nThe board meets on Friday."
        ),
        (  # labour: the body in an "of" phrase
            "Wage talks at the mills would resume next week, a senior official of the Paper Workers Union said.\n\n"
            "Tomas Breyer, director of the legal division at the Paper Workers Union, told reporters more would "
            "follow.\n\nThe mills reopen on Monday."
        ),
        (  # health
            "The hospital would close two wards over the summer, a senior Lowland Health Trust official said.\n\n"
            "Ana Ruiz, head of the Lowland Health Trust's planning office, gave no details.\n\nStaff were told "
            "on Friday."
        ),
    ],
)
def test_the_post_at_the_ledes_body_answers_its_loose_role(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[0] in ("Ana Ruiz", "Tomas Breyer")


def test_a_post_at_another_body_answers_no_loose_role(nlp: Language) -> None:
    text = (
        "Ticket prices would rise by a tenth next season, a Calder Rovers official said.\n\n"
        "Ana Ruiz, head of the Lowland Health Trust's planning office, gave no details.\n\nThe club meets on Friday."
    )
    assert speakers(nlp, text)[0] != "Ana Ruiz"
