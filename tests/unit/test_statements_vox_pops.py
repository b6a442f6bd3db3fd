"""Vox pops and feature lines set out as "Name, description: quotation": the name before the comma and the
colon speaks the quotation whatever the description holds (a trade, an age, a home). Invented sentences
from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said

LEAD = "People gave their views this week.\n\n"

SPOKEN = [
    ('Liang Mei, florist: "We sold out of tulips by ten."', "Liang Mei"),  # business
    ('Anneke de Vries, captain: "We let the lead slip in the last minute."', "Anneke de Vries"),  # sport
    ('Emeka Obi, fisherman: "The river has never been this high."', "Emeka Obi"),  # environment
    ('Sofia Lindqvist, retired teacher: "Why should the library close early?"', "Sofia Lindqvist"),  # local politics
    ('Tariq Aziz, 19, a student from the coast: "The rent doubled in a year."', "Tariq Aziz"),  # housing
    ("Chiara Bianchi, nurse: 'The ward was short of staff all week.'", "Chiara Bianchi"),  # health
]


@pytest.mark.parametrize(("line", "speaker"), SPOKEN)
def test_the_name_before_the_description_speaks(nlp: Language, line: str, speaker: str) -> None:
    statements = said(nlp, LEAD + line)
    assert [s for s, kind, _ in statements if kind == "direct"] == [speaker]


NOBODY = [
    'Kenji Sato, who runs a bakery: "We sold out by noon."',  # a clause of its own after the comma
    'Kenji Sato, Mina Park and Ola Berg: "We sold out by noon."',  # a list of names: no one of them alone
]


@pytest.mark.parametrize("line", NOBODY)
def test_no_description_no_speaker(nlp: Language, line: str) -> None:
    assert all(s is None for s, _, _ in said(nlp, LEAD + line))
