"""A name ending in a building's word ("Concert Hall", "Arena", "Gallery") is a body's, not a person's, whatever
the small model calls it; the same word after a given name is a surname ("Emily House"). Every name is invented;
each construction in several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Marlow Concert Hall announced on Tuesday that it would close for repairs.", "Marlow Concert Hall"),  # culture
        ("A spokesperson for Riverside Arena said tickets had sold out.", "Riverside Arena"),  # sport
        ("The Okonkwo Stadium said on Monday that the season would open in May.", "Okonkwo Stadium"),  # sport
        ('"We are thrilled," the Kensal Gallery said in a statement.', "Kensal Gallery"),  # arts
        ('"We are thrilled," the Pemberton Town Hall said in a statement.', "Pemberton Town Hall"),  # local politics
    ],
)
def test_a_name_ending_in_a_buildings_word_is_no_person(nlp: Language, text: str, venue: str) -> None:
    cast = story_cast(nlp, text)
    assert [p.name for p in cast.people] == []  # the sentence names nobody
    assert any(venue.endswith(o.name) for o in cast.organisations)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The club signed Emily House on Friday.", "Emily House"),  # sport
        ("Kofi Hall, 44, said the vote was close.", "Kofi Hall"),  # local politics
        ("A report by Sven Castle found the river was clean.", "Sven Castle"),  # science
        ("Talks with Mark Church ended late.", "Mark Church"),  # business
    ],
)
def test_a_buildings_word_after_a_given_name_is_a_surname(nlp: Language, text: str, person: str) -> None:
    assert person in [p.name for p in story_cast(nlp, text).people]
