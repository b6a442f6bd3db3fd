"""A firm named after its chairman or founder: once the article names that officer in full ("Ana Y, chairman
of Y Foods Inc"), a bare "Y said" is still the firm, and "he"/"she" after it the officer. Someone of the
same surname working elsewhere keeps the surname."""

import pytest
from spacy.language import Language

from tests.unit.readers import speakers

_OFFICER = [
    pytest.param(
        "Harlow Stores Inc said on Monday it would open 12 new shops. Marta Harlow, chairman of Harlow Stores "
        "Inc, said the plan would cost 40 mln dlrs. Harlow said sales rose 8 pct in the first quarter.",
        ["Harlow Stores Inc", "Marta Harlow", "Harlow Stores Inc"],
        id="retailer/chairman-of",
    ),
    pytest.param(
        "Kessock Brewing Co said it would build a second brewery. The brewer's chairman, Oskar Kessock, said "
        "the site was chosen in May. Kessock said beer sales rose 5 pct. He said the board backed the plan.",
        ["Kessock Brewing Co", "Oskar Kessock", "Kessock Brewing Co", "Oskar Kessock"],
        id="brewer/the-trades-chairman",
    ),
    pytest.param(
        "Brandvik Athletic Club said it would sell its stadium. Ines Brandvik, chairman of Brandvik Athletic "
        "Club, said the club needed cash. Brandvik said in a statement that season tickets would be honoured.",
        ["Brandvik Athletic Club", "Ines Brandvik", "Brandvik Athletic Club"],
        id="sports-club/said-in-a-statement",
    ),
    pytest.param(
        "Pellam Partners LLP said it would open an office in the capital. Ivo Pellam, chairman of Pellam "
        "Partners LLP, said ten lawyers would move there. Pellam said fees rose 12 pct last year.",
        ["Pellam Partners LLP", "Ivo Pellam", "Pellam Partners LLP"],
        id="law-firm/chairman-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _OFFICER)
def test_the_surname_of_a_firms_namesake_officer_is_the_firm(nlp: Language, text: str, expected: list[str]) -> None:
    assert speakers(nlp, text) == expected


def test_a_person_of_the_same_surname_at_another_body_keeps_it(nlp: Language) -> None:
    text = (
        "Torvane Savings Bank Inc said it would close six branches. Lea Torvane, a union leader at Dellwyn "
        "Foods Ltd, said the plan would cost jobs. Torvane said the union would ballot its members."
    )
    assert speakers(nlp, text) == ["Torvane Savings Bank Inc", "Lea Torvane", "Lea Torvane"]
