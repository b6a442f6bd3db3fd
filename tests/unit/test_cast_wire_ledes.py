"""Wire copy often has no paragraphs: its lede is the first sentence, which may open on a role ("A coach whose
team was relegated says ...") whose holder the next sentence names. And a nation's people set in apposition
to a role ("a manager ..., 7 of them Filipinos,") name nobody. Invented sentences across beats."""

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
        "A manager of a collapsed Chilean fishing cooperative whose trawler sank with 19 crew aboard, 7 of them "
        "Filipinos, has denied the claims.",  # business
        "An owner of a quarry firm whose lorry overturned with 8 workers in the back, 5 of them Ukrainians, says "
        "the brakes had been checked.",  # courts: an inquest
        "The coach of a youth team whose players, most of them Nigerians, were stranded said the flights had "
        "been cancelled.",  # sport
    ],
)
def test_a_nations_people_beside_a_role_name_nobody(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[0] not in ("Filipinos", "Ukrainians", "Nigerians")
