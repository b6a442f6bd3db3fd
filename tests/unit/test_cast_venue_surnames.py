"""Surnames that are a building's word ("Hall", "Church", "Chapel"), told from buildings by what the text says of
the name, and bodies' names the model cut short, on invented sentences across beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast as cast


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # local politics: a speech verb, then "he" before anyone else is named
        ("Kaito Hall said the council had ignored the tenants. He added that a petition was planned.", "Kaito Hall"),
        # business: a role set off after the name, the role with an owner of its own
        ("Abena Church, the board's chair, said the deficit had narrowed.", "Abena Church"),
        # sport: a trade before the name
        ("Coach Tunde Chapel said the squad had trained well all week.", "Tunde Chapel"),
        # courts: an age set off after the name
        ("Keiko Stadium, 47, told the tribunal that the lease was void.", "Keiko Stadium"),
        # health: a speech verb, then "he" takes the name up
        ("Wiremu House said the clinic had run out of beds. He added that staff were exhausted.", "Wiremu House"),
    ],
)
def test_a_given_name_and_a_venue_word_shown_to_be_a_person_is_a_person(nlp: Language, text: str, name: str) -> None:
    c = cast(nlp, text)
    assert [e.name for e in c.people] == [name]
    assert name not in [e.name for e in c.organisations]


@pytest.mark.parametrize(
    "text",
    [
        "Kensington Temple said it would reopen in spring.",  # culture: a building says "it"
        "Trinity Church will host the carol service on Sunday.",
    ],
)
def test_a_venue_the_text_shows_nothing_personal_of_stays_a_body(nlp: Language, text: str) -> None:
    assert cast(nlp, text).people == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Marlow Concert Hall will reopen next month after repairs.", "Marlow Concert Hall"),  # culture
        ("Penrith Music Hall said the gala would go ahead.", "Penrith Music Hall"),
        ("Tickets for Ravensworth Opera House sold out within hours.", "Ravensworth Opera House"),
    ],
)
def test_a_body_read_without_its_first_word_takes_it_back(nlp: Language, text: str, body: str) -> None:
    c = cast(nlp, text)
    assert c.people == []
    assert [e.name for e in c.organisations] == [body]
