"""Three-word names the small model cuts or reads as a body, on invented sentences across beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast as cast


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ivy Kemi Ajayi said the clinic would reopen.", "Ivy Kemi Ajayi"),  # health
        ("June Nkem Ogu said the club would appeal the ban.", "June Nkem Ogu"),  # sport
        ("Ivy Kemi Ajayi said the telescope had found a comet.", "Ivy Kemi Ajayi"),  # science
        ("Mark Tendai Moyo said the mine would shed 200 jobs.", "Mark Tendai Moyo"),  # business (a guard)
    ],
)
def test_a_given_name_left_out_before_a_two_word_name_opens_it(nlp: Language, text: str, name: str) -> None:
    c = cast(nlp, text)
    assert [e.name for e in c.people] == [name]
    assert c.organisations == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sophie Aroha Walker said the council would fund the pool.", "Sophie Aroha Walker"),  # local politics
        ("The grant was renewed, Grace Funmilayo Bello said.", "Grace Funmilayo Bello"),  # science
        ("Grace Funmilayo Bello told the hearing the fund was solvent.", "Grace Funmilayo Bello"),  # courts
    ],
)
def test_a_three_word_name_opening_with_a_given_name_that_speaks_is_a_person(
    nlp: Language, text: str, name: str
) -> None:
    c = cast(nlp, text)
    assert [e.name for e in c.people] == [name]
    assert c.organisations == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The budget was approved on Tuesday, Ruth Chiamaka Obi said.", "Ruth Chiamaka Obi"),  # local politics
        ("The striker Ruth Chiamaka Obi scored twice as the hosts won.", "Ruth Chiamaka Obi"),  # sport
    ],
)
def test_the_surname_the_parse_heads_the_name_with_is_in_it(nlp: Language, text: str, name: str) -> None:
    assert [e.name for e in cast(nlp, text).people] == [name]


def test_a_body_named_after_a_person_keeps_its_own_word(nlp: Language) -> None:
    c = cast(nlp, "The Maria Chiamaka Foundation said the grants would double.")  # culture
    assert "Maria Chiamaka Foundation" not in [e.name for e in c.people]
