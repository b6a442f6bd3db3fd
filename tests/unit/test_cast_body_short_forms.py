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
        (  # sport: a common word that also names a small town opens the firm's name
            "Summit Brick and Tile Co said it would sponsor the city marathon.\n\n"
            "Shares rose 2 pct in early trading.\n\n"
            "Summit said the race would start at the harbour.",
            "Summit Brick and Tile Co",
        ),
        (  # labour: a surname that also names a small town
            "Harper Foods Inc said its workers had voted to end the strike.\n\n"
            "Harper said the new contract would run for three years.",
            "Harper Foods Inc",
        ),
    ],
)
def test_a_short_form_is_the_body_named_in_full(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text)[-1] == name


def test_a_person_with_the_firms_opening_word_stays_a_person(nlp: Language) -> None:
    text = (
        "Hollins Mining Corp said its workers had voted to end the strike.\n\n"
        "Ines Hollins, a lawyer for the workers, spoke later.\n\n"
        "Hollins said the new contract would run for three years."
    )
    assert speakers(nlp, text)[-1] == "Ines Hollins"


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (  # two bodies sharing initials
            "Halvick Ostrand-Pell Corp Plc said on Monday it had agreed to buy a rival plant.\n\n"
            "Hava Oster Pine Ltd also commented.\n\n"
            "HOP said the deal would close in June.",
            ("Halvick Ostrand-Pell Corp Plc", "Hava Oster Pine Ltd"),
        ),
        (  # two placed bodies, the model keeping "of" in the second name and leaving its place out
            "Pellworth Corp of Canada said its workers had voted to end the strike.\n\n"
            "Pellworth Corp of Norway also commented.\n\n"
            "Pellworth Corp said the new contract would run for three years.",
            ("Pellworth Corp of Canada", "Pellworth Corp of Norway"),
        ),
        (  # two placed bodies, the model stopping the second name at its legal form
            "Quarrow Corp of Canada said its workers had voted to end the strike.\n\n"
            "Quarrow Corp of Norway also commented.\n\n"
            "Quarrow Corp said the new contract would run for three years.",
            ("Quarrow Corp of Canada", "Quarrow Corp of Norway"),
        ),
        (  # two firms sharing a leading word
            "Pioneer Industries Inc said a court had dismissed the suit against it.\n\n"
            "Pioneer Holdings Corp also commented.\n\n"
            "Pioneer said it wanted its costs paid.",
            ("Pioneer Industries Inc", "Pioneer Holdings Corp"),
        ),
    ],
)
def test_a_short_form_two_bodies_share_ties_neither(nlp: Language, text: str, bodies: tuple[str, str]) -> None:
    assert speakers(nlp, text)[-1] not in bodies


def test_a_country_opening_a_firms_name_is_still_the_country(nlp: Language) -> None:
    text = (
        "Canada Tallow Holdings Inc said its new vaccine plant had opened.\n\n"
        "Canada said the plant would help its health service."
    )
    assert speakers(nlp, text)[-1] != "Canada Tallow Holdings Inc"
