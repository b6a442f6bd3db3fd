"""A body named in full once and then by a short form: its name without where it is based, the initials of
a hyphenated compound or of the words after a place, its opening word the tagger takes for a common noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # business: the place the company's name ends in is left out
            "Quarrow Corp of Canada said on Monday it had agreed to buy a rival plant.\n\n"
            "Quarrow Corp said it expected the deal to close in June.",
            "Quarrow Corp of Canada",
        ),
        (  # labour
            "Ostrand Corp of Norway said its workers had voted to end the strike.\n\n"
            "Ostrand Corp said the new contract would run for three years.",
            "Ostrand Corp of Norway",
        ),
        (  # courts: initials take each part of a hyphenated word
            "Halvick Ostrand-Pell Corp Plc said a court had dismissed the suit against it.\n\n"
            "HOP said it would seek its costs.",
            "Halvick Ostrand-Pell Corp Plc",
        ),
        (  # health: initials of the words after a place opening the name
            "Texas Tallowmere Brenning Board said its new vaccine plant had opened.\n\n"
            "TBB said it would hire 200 nurses and technicians.",
            "Texas Tallowmere Brenning Board",
        ),
        (  # the opening word read as a common noun
            "Hollins Resources Inc said on Monday it had agreed to buy a rival plant.\n\n"
            "Hollins said it expected the deal to close in June.",
            "Hollins Resources Inc",
        ),
    ],
)
def test_a_short_form_is_the_body_named_in_full(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text)[-1] == name


def test_initials_two_bodies_share_tie_neither(nlp: Language) -> None:
    text = (
        "Halvick Ostrand-Pell Corp Plc said on Monday it had agreed to buy a rival plant.\n\n"
        "Hava Oster Pine Ltd also commented.\n\n"
        "HOP said the deal would close in June."
    )
    assert speakers(nlp, text)[-1] not in ("Halvick Ostrand-Pell Corp Plc", "Hava Oster Pine Ltd")


def test_a_person_with_the_firms_opening_word_stays_a_person(nlp: Language) -> None:
    text = (
        "Hollins Mining Corp said its workers had voted to end the strike.\n\n"
        "Ines Hollins, a lawyer for the workers, spoke later.\n\n"
        "Hollins said the new contract would run for three years."
    )
    assert speakers(nlp, text)[-1] == "Ines Hollins"
