"""A word of a title the cast gave a named person speaks as that person, wherever the parse hung the name: "The
Vice-President of the agency, Kofi X, said" split at its hyphen makes "Vice" the subject. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # science: a hyphenated rank before "of" and the name set off by commas
        ("The Vice-President of the agency, Kofi Boateng, said the budget would be cut.", "Kofi Boateng"),
        # business: the first piece read as a name of its own
        ("The Co-Founder of the startup, Lucia Moreno, said it would hire again in May.", "Lucia Moreno"),
        # sport: a lower-case hyphenated title
        ("Rain fell again.\n\nThe vice-captain of the club, Tariq Aziz, said the pitch was flooded.", "Tariq Aziz"),
    ],
)
def test_a_split_title_subject_speaks_as_its_holder(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[-1] == person
