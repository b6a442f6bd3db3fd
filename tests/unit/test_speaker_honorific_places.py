"""A surname after an honorific that the small model reads as a place still names the speaker, on invented
sentences across beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Okonkwo, 52, said the harvest had failed.", "Okonkwo"),  # farming
        ("Dr Oyelowo, 61, says the pension fund is solvent.", "Oyelowo"),  # business
        ('"We were not warned," said Mr Oyelowo, 47.', "Oyelowo"),  # local news
        ("Mr Tshabalala, 61, says the pension fund is solvent.", "Tshabalala"),  # finance
    ],
)
def test_an_honorific_makes_a_surname_read_as_a_place_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [speaker]


def test_a_country_before_a_title_still_describes_no_one(nlp: Language) -> None:
    assert speakers(nlp, "The United States President said the talks would resume.") != ["United States"]
