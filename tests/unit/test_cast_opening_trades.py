"""A trade opening a sentence, capitalised like the name after it, is the person's title and no part of the
name; a given name that is also a word stays the name's. Invented sentences from several beats, names from many
cultures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast, titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Sprinter Amara Diallo was accused of doping on Monday.", "Amara Diallo", "Sprinter"),  # sport
        ("Cellist Kenji Watanabe won the award after a long season.", "Kenji Watanabe", "Cellist"),  # culture
        ("Saxophonist Ingrid Solberg said the festival would return.", "Ingrid Solberg", "Saxophonist"),  # culture
        ("Campaigner Oluwaseun Adeyemi said the clinic would reopen.", "Oluwaseun Adeyemi", "Campaigner"),  # health
        ("Pharmacist Leilani Kahale told the inquiry the stock had run out.", "Leilani Kahale", "Pharmacist"),  # courts
        ("Cyclist Nguyen Thi Lan has signed with a new team.", "Nguyen Thi Lan", "Cyclist"),  # sport
        ("Sprinter Mei Lin Tan and her coach were cleared by the panel.", "Mei Lin Tan", "Sprinter"),  # courts
        # trades with no agent suffix, listed among the occupations
        ("Playwright Hiroshi Tanaka said the play would open in May.", "Hiroshi Tanaka", "Playwright"),  # culture
        ("Midwife Aroha Ngata told the inquiry the ward was short of staff.", "Aroha Ngata", "Midwife"),  # health
        ("Paramedic Kwame Mensah said the crash had blocked the road.", "Kwame Mensah", "Paramedic"),  # local news
        ("Gymnast Ingrid Solberg has withdrawn from the championships.", "Ingrid Solberg", "Gymnast"),  # sport
        ("Soprano Leilani Kahale won the award on Monday.", "Leilani Kahale", "Soprano"),  # culture
    ],
)
def test_a_trade_opening_the_sentence_is_the_title_not_the_name(
    nlp: Language, text: str, name: str, title: str
) -> None:
    assert titles(story_cast(nlp, text)).get(name) == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Christian Tomas Ruiz said the council would appeal.", "Christian Tomas Ruiz"),  # local politics
        ("Hunter Priya Raman has signed a new contract with the club.", "Hunter Priya Raman"),  # sport
        ("Esther Dmitri Volkov said the study was flawed.", "Esther Dmitri Volkov"),  # science
    ],
)
def test_a_given_name_that_is_also_a_word_opening_the_sentence_stays_in_the_name(
    nlp: Language, text: str, name: str
) -> None:
    people = titles(story_cast(nlp, text))
    assert name in people and not people[name]
