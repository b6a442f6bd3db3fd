""""The <nationality> delegate said": a delegate, envoy or negotiator written with a nationality alone is the one
person named before whom the article tied to that country; with none or two such people it names no one.
Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # diplomacy: an affiliation to the country
            "Kwame Asante of Norway said the talks would resume on Friday.\n\n"
            "The Norwegian delegate said the two countries would resume border talks.",
            "Kwame Asante",
        ),
        (  # business: a title carrying the nationality
            "Tomas Breyer, spokesman for the Chilean growers' association, said the talks would resume on Friday.\n\n"
            "The Chilean delegate said the bank would raise its lending rates.",
            "Tomas Breyer",
        ),
        (  # labour: a country's body in the title
            "Olga Petrenko, head of Kenya's farmers' union, said the talks would resume on Friday.\n\n"
            "The Kenyan delegate said dockers would walk out next week.",
            "Olga Petrenko",
        ),
    ],
)
def test_national_delegate_is_the_one_person_of_that_country(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        (  # two people of that country: no one in particular
            "Tomas Breyer, spokesman for the Indonesian producers, said the talks would resume on Friday. "
            "Lena Virtanen of Indonesia agreed.\n\n"
            "The Indonesian delegate said the festival would return to its old venue."
        ),
        (  # sport: the one person of that country never spoke, so is no delegate
            "Aiko Tanabe of Thailand won the final on Friday.\n\n"
            "The Thai delegate said the festival would return to its old venue."
        ),
        (  # a nationality no one named has
            "Tomas Breyer, spokesman for the Indonesian producers, said the talks would resume on Friday.\n\n"
            "The Peruvian delegate said the festival would return to its old venue."
        ),
    ],
)
def test_national_delegate_names_no_one_otherwise(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[-1] is None
