"""A role written before a name is the person's title, never a word of the name: a lower-case one the parse
glued in ("physio Kaito Shimizu said", "said steward Lise Aubert") and a capitalised common word opening the
sentence before a given name ("Patient Aoife Quigley, 74, said"). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers, story_cast


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # science: a lower-case trade compounded onto the name
        ("\u201cThe ice is going,\u201d said glaciologist Temitope Bello.", "Temitope Bello"),
        # culture: after the quote, the role read into the person's entity
        ("\u201cWe were not ready,\u201d said steward Lise Aubert.", "Lise Aubert"),
        # local politics: a trade with no agent suffix
        ("\u201cThe locks are too old,\u201d locksmith Ewa Kowalska said.", "Ewa Kowalska"),
        # health: a capitalised common word opening the sentence
        ("The clinic reopened in June.\n\nPatient Aoife Quigley, 74, said the wait had been long.", "Aoife Quigley"),
        # courts
        ("The trial resumed on Monday.\n\nWitness Tomás Herrera said he saw the van leave at noon.", "Tomás Herrera"),
        # sport
        ("The club lost again.\n\nRookie Kaito Shimizu, 19, said the dressing room was quiet.", "Kaito Shimizu"),
        # local: the recogniser reads the role and the name as one body
        ("Groundsman Bjorn Lindqvist said the pitch would be ready by May.", "Bjorn Lindqvist"),
    ],
)
def test_a_role_before_a_name_is_no_part_of_it(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[-1] == person


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Witness Tomás Herrera said he saw the van leave at noon.", "Tomás Herrera", "Witness"),  # courts
        ("\u201cWe were not ready,\u201d said steward Lise Aubert.", "Lise Aubert", "steward"),  # sport
        ("Veteran Zeynep Kaya said the choir would tour in May.", "Zeynep Kaya", "Veteran"),  # culture
    ],
)
def test_the_role_is_the_title(nlp: Language, text: str, person: str, title: str) -> None:
    cast = story_cast(nlp, text)
    entity = next(e for e in cast.registry.people() if e.name == person)
    assert entity.title == title


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Meanwhile Aoife Quigley said the wait had been long.", "Aoife Quigley"),  # an adverb is no role
        ("Anouk de Vries said the dyke would hold.", "Anouk de Vries"),  # a name's own particle stays
        ("Rose Mary Okafor said the market would reopen.", "Rose Mary Okafor"),  # a given name opens the name
    ],
)
def test_words_of_the_name_or_the_sentence_stay_what_they_are(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[-1] == person
