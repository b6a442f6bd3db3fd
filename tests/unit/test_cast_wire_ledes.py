"""Wire copy often has no paragraphs: its lede is the first sentence, which may open on a role ("A coach whose
team was relegated says ...") whose holder the next sentence names. And a nation's people set in apposition
to a role ("a director ..., 14 of them Germans,") name nobody. Invented sentences across beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # sport
            "A coach whose team was relegated on Saturday says he will not resign. "
            "Kestrel Rovers coach Lars Eriksen told reporters the board backed him.",
            "Lars Eriksen",
        ),
        (  # health
            "A senior surgeon at a regional hospital has warned that waiting lists will grow. "
            "Surgeon Mei Ling Tan said the ward had lost six nurses.",
            "Mei Ling Tan",
        ),
        (  # science
            "A professor who led the study says the results surprised her team. "
            "Professor Ingrid Solberg said the trial would be repeated.",
            "Ingrid Solberg",
        ),
        (  # courts
            "A prosecutor has told a court the accused planned the fraud for years. "
            "Crown prosecutor Siobhan Byrne said the records proved it.",
            "Siobhan Byrne",
        ),
    ],
)
def test_a_wire_ledes_role_is_the_person_the_next_sentence_names(nlp: Language, text: str, holder: str) -> None:
    assert speakers(nlp, text)[0] == holder


def test_a_next_sentence_naming_someone_with_another_role_names_no_lede_role(nlp: Language) -> None:
    text = "A union leader says nurses will strike next week. Health Minister Paulo Mendes said the pay offer was fair."
    assert speakers(nlp, text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "A director of a bankrupt Dutch tour firm whose bus crashed with 30 people on board, 12 of them Germans, "
        "has denied responsibility.",
        "An owner of a ferry firm whose boat sank with 40 people on board, 30 of them Brazilians, has denied "
        "responsibility for the sinking.",
        "The coach of a youth team whose players, most of them Nigerians, were stranded said the flights had "
        "been cancelled.",
    ],
)
def test_a_nations_people_beside_a_role_name_nobody(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[0] not in ("Germans", "Brazilians", "Nigerians")
