"""A reported clause fronted before "X was quoted as saying": the parse hangs the clause on "quoted", not on
"saying", and the words are still X's. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # business, named
            "Talks went on. The plant would close in June, Marek Olsen was quoted as saying.",
            "Marek Olsen",
        ),
        (  # health, through an outlet
            "Wards were full. The clinic had treated 40 patients, Ines Varga was quoted by Orvian Radio as saying.",
            "Ines Varga",
        ),
        (  # diplomacy, a pronoun after the name
            "Petra Lind spoke on Monday. The envoy would return on Friday, she was quoted as saying.",
            "Petra Lind",
        ),
    ],
)
def test_a_fronted_clause_is_the_quoted_persons(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [speaker]


def test_a_clause_of_its_own_after_saying_is_kept(nlp: Language) -> None:
    """Sport: "as saying" with its own clause reports that clause only."""
    text = "Jon Hale was quoted as saying a replay would be held in May."
    assert speakers(nlp, text) == ["Jon Hale"]
