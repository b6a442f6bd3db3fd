"""A firm named in full once and then by shorter opening words speaks under its fullest name: "X Y" after
"X Y and Co Inc", "X Bank" after "X Bank of <country>", and "X Y" after a parent beside its part abroad."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


def test_a_firm_and_co_written_after_its_part_abroad(nlp: Language) -> None:
    text = (
        "Dalworth Keane International Corp lost two mln dlrs on a shipping contract, a spokesman for "
        "Dalworth Keane and Co Inc told reporters."
    )
    assert speakers(nlp, text)[0] == "Dalworth Keane and Co Inc"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a bank without its country
        (
            "Venmore Bank of Australia said its quarterly profit rose on higher lending.\n\n"
            "Venmore Bank said demand for home loans would stay firm.",
            "Venmore Bank of Australia",
        ),
        (
            "Harlow Bank of Canada agreed to sell two branches on Friday.\n\n"
            "Harlow Bank said the sale should close by June.",
            "Harlow Bank of Canada",
        ),
        # a parent beside its part abroad
        (
            "Halvard Ridge International Corp, a unit of Halvard Ridge Mining Corp, said it would cut 300 jobs.\n\n"
            "A spokesman for Halvard Ridge Mining Corp said the unit had insurance.\n\n"
            "Halvard Ridge said the cuts would save 20 mln dlrs a year.",
            "Halvard Ridge Mining Corp",
        ),
        (
            "Morrow Fenwick International Corp, a unit of Morrow Fenwick Stores Inc, opened ten shops.\n\n"
            "Morrow Fenwick said sales in its home market fell in March.",
            "Morrow Fenwick Stores Inc",
        ),
    ],
)
def test_the_short_form_is_the_firm_named_in_full(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text)[-1] == name


def test_two_firms_opening_with_one_word_leave_it_to_neither(nlp: Language) -> None:
    text = (
        "Corvane Airlines Inc said it would cut 300 jobs. Corvane Steel Corp also reported results.\n\n"
        "Corvane said the cuts would save 20 mln dlrs a year."
    )
    assert speakers(nlp, text)[-1] in (None, "Corvane")


def test_a_person_whose_surname_opens_a_firm_stays_a_person(nlp: Language) -> None:
    text = "Mellick Foods Inc said it would cut 300 jobs.\n\nIts chairman, Tomas Mellick, said the cuts were painful."
    assert speakers(nlp, text)[-1] == "Tomas Mellick"
