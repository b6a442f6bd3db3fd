"""A he/she agrees with its referent: when the speaker in focus is someone whose gender nothing in the article
or their given name says, a person named since whose gender is the pronoun's is the referent ("Inspector X
said ... Surgeons treated Siobhan Y. 'I ...,' she said"); with no such person, or one the speaker only talked
about, the speaker still is. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # health: the patient is an object, not a subject in focus
            "Inspector Oluwaseun Adeyemi said the new method had cut waiting times.\n\n"
            "Surgeons replaced a valve for Siobhan Kelly, 74, in March.\n\n"
            "\u201cI could not climb the stairs,\u201d she said.",
            "Siobhan Kelly",
        ),
        (  # sport: the player is the complement of "was"
            "Coach Tendai Moyo said the academy had found three new forwards this season.\n\n"
            "The first to break through was Ngozi Okafor, 19, who scored twice on her debut.\n\n"
            "\u201cI was shaking before kick-off,\u201d she said.",
            "Ngozi Okafor",
        ),
        (  # local politics: a man named after a speaker of unknown gender
            "Councillor Zodwa Dlamini said the market hall would reopen in the spring.\n\n"
            "Traders welcomed the news, among them Yusuf Demir, who sells spices there.\n\n"
            "\u201cWe lost half our customers during the works,\u201d he said.",
            "Yusuf Demir",
        ),
    ],
)
def test_a_later_person_of_the_pronouns_gender_is_its_referent(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[-1] == person


@pytest.mark.parametrize(
    "text",
    [
        (  # business: the woman is whom the speaker talks about, in the reported clause
            "Chief executive Kagiso Molefe said that Deepa Raman's plan for the bank had won the board over.\n\n"
            "\u201cShe listened to every branch manager before she wrote it,\u201d she said."
        ),
        (  # science: the woman was named before the speaker's turn
            "The survey was led by Aiko Sato last winter.\n\n"
            "Professor Temitope Bello said the ice had thinned by a third.\n\n"
            "\u201cWe have never measured a loss this fast,\u201d she said."
        ),
    ],
)
def test_the_speaker_stays_when_no_narrative_person_came_since(nlp: Language, text: str) -> None:
    said = speakers(nlp, text)
    assert said[-1] == said[-2] and said[-1] is not None
