"""People named in apposition to a counted group speak together: "Two councillors, A and B, said" is A and B,
not A alone. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (  # local politics, one surname shared
            "Two councillors, Tom Price and Elin Price, who are married, said the vote should be delayed.",
            "Tom Price and Elin Price",
        ),
        (  # science
            "Two researchers, Aiko Tanaka and Rahul Mehta, said the results were robust.",
            "Aiko Tanaka and Rahul Mehta",
        ),
        (  # sport
            "Two players, Kwame Boateng and Luis Ortega, who were both injured, said they would be fit on Saturday.",
            "Kwame Boateng and Luis Ortega",
        ),
        (  # business
            "Both founders, Ingrid Dahl and Marco Bellini, said the company would stay independent.",
            "Ingrid Dahl and Marco Bellini",
        ),
    ],
)
def test_the_names_a_count_is_set_beside_speak_together(nlp: Language, text: str, group: str) -> None:
    assert speakers(nlp, text) == [group]


def test_one_role_with_one_name_is_that_person(nlp: Language) -> None:
    assert speakers(nlp, "The councillor, Tom Price, said the vote should be delayed.") == ["Tom Price"]
