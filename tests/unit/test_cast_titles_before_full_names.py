"""A title written right before a person's full name is that person's: one participant, the name, with the
title. The title's body may have an "of" of its own, the name a double surname the parse runs into the body's
name, or the title a lower-case part of a firm after capitalised words; and a second subject the parse splits
off ("its director of sales" beside the name) is no "its" the person owns. Invented sentences and names."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.readers import meetings_in, side_names, speakers, story_cast, titles

_DAY = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # central banking: a body named with its own "of", the holder's surname hyphenated
        ("The envoys are meeting Trade Secretary Ilse Marwick and Governor of the Reserve Bank of Portugal "
         "Robin Ashby-Vale.", "Robin Ashby-Vale", "Governor of the Reserve Bank of Portugal"),
        # diplomacy: a council named with "of", a plain surname
        ("The envoys are meeting Trade Secretary Ilse Marwick and President of the Council of Ministers "
         "Tomas Brekke.", "Tomas Brekke", "President of the Council of Ministers"),
    ],
)
def test_a_title_over_a_body_named_with_of_is_its_holders(nlp: Language, text: str, person: str, title: str) -> None:
    meeting = meetings_in(nlp, text, published=_DAY)[0]
    assert person in side_names(meeting)
    assert not any(name.startswith(("Governor", "President", "Bank", "Council")) for name in side_names(meeting))
    assert titles(story_cast(nlp, text))[person] == title


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # business: a firm's head of a region's branch
        ("Harlow Mining said its president of South American operations Dario Quell met with Vesta officials "
         "on Monday.", "Dario Quell", "president of South American operations"),
        # retail: a firm's head of a market
        ("Pellam Foods said its director of European sales Orla Venn met with Corvo executives on Monday.",
         "Orla Venn", "director of European sales"),
    ],
)
def test_a_firms_titled_officer_is_one_side(nlp: Language, text: str, person: str, title: str) -> None:
    meeting = meetings_in(nlp, text, published=_DAY)[0]
    assert person in side_names(meeting)
    assert not any(name.startswith(("its ", "president", "director")) for name in side_names(meeting))
    assert titles(story_cast(nlp, text))[person] == title


def test_a_name_after_a_title_of_a_person_stays_apart(nlp: Language) -> None:
    """ "the lawyer of the family of X": no body's name between, so no title over a body is read."""
    cast = story_cast(nlp, "The lawyer of the family of Dario Quell spoke on Monday.")
    assert titles(cast).get("Dario Quell") is None


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # government: a portfolio of two words joined by "and"
        ("Grain exports will double by June, Minister of Water and Forests Tomas Brekke Aldana said.",
         "Tomas Brekke Aldana", "Minister of Water and Forests"),
        # trade: the same after a sentence's subject
        ("Copper sales will slow this year, Minister of Industry and Commerce Dario Quell Ferrante said.",
         "Dario Quell Ferrante", "Minister of Industry and Commerce"),
    ],
)
def test_a_portfolio_joined_by_and_is_the_speakers_title(nlp: Language, text: str, person: str, title: str) -> None:
    assert speakers(nlp, text)[0] == person
    assert titles(story_cast(nlp, text))[person] == title


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # regulation: a capitalised plural office before two names
        ("Grain margins should stay as they are, Commissioners Lena Brisk and Tomas Brekke told a farm panel on "
         "Tuesday.", "Lena Brisk and Tomas Brekke"),
        # audit: an office the lexicon lists among trades
        ("Small firms will need more checks, Board Chief Accountant Dario Quell told the hearing.", "Dario Quell"),
    ],
)
def test_an_office_word_before_the_name_is_no_part_of_it(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[0] == speaker
