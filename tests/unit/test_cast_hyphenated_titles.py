"""A hyphenated title before a name is all title ("Commander-in-Chief X", "Vice-President Y"), and a title word
inside a hyphenated surname is the surname's ("Ana Bishop-Lund said"). Every name is invented; several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers, story_cast


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Commander-in-Chief Aroha Ngata said the troops would stay.", "Aroha Ngata"),  # defence
        ('"We will act," said Editor-in-Chief Lucia Ferreyra.', "Lucia Ferreyra"),  # media
        ("Player-Manager Joaquin Ibarra said the squad was tired.", "Joaquin Ibarra"),  # sport
    ],
)
def test_a_hyphenated_title_stays_out_of_the_name(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Bishop-Lund said the ferry would run again.", "Ana Bishop-Lund"),  # transport
        ("Sarah Dean-Smith told the court she was innocent.", "Sarah Dean-Smith"),  # courts
        ("Tom Major-Ellis said the squad was fit.", "Tom Major-Ellis"),  # sport
        ("Leila King-Haddad said prices had risen.", "Leila King-Haddad"),  # business
    ],
)
def test_a_title_word_in_a_hyphenated_surname_is_the_surnames(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [speaker]


def test_the_title_set_off_by_a_comma_keeps_its_hyphenated_start(nlp: Language) -> None:
    """Diplomacy: the title is "Vice-President of the agency", not "President of the agency"."""
    cast = story_cast(nlp, "The Vice-President of the agency, Kofi Mensah, said the report was late.")
    (person,) = cast.people
    assert "Vice-President of the agency" in [title for _, title in person.titles]
