"""A lede sourced to what someone does in the story ("the chief negotiator said", "a planner for the festival
said", "an observer at the talks said") is the person the second paragraph names first as a speaker, whatever
post it gives them: no post is called "negotiator" or "observer". Not when the person named next does not
speak there, nor when the lede's role is a post the person does not hold. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # labour
            "The union's chief negotiator said talks with the port authority would resume on Monday.\n\n"
            '"We are closer than we have been in weeks," General Secretary Halima Osei said after the meeting.',
            "Halima Osei",
        ),
        (  # sport
            "An observer at the league hearing said the club would appeal against the fine.\n\n"
            '"The decision was harsh," said Tobias Lindqvist, a director of the supporters trust.',
            "Tobias Lindqvist",
        ),
        (  # local government
            "The city's senior planner for the festival said road closures would begin on Friday.\n\n"
            "Marta Kowalczyk, deputy head of transport, told reporters the detours would be signposted.",
            "Marta Kowalczyk",
        ),
        (  # diplomacy
            "The chief mediator said both sides had agreed to stop shelling the border towns.\n\n"
            '"This is a fragile step," Ambassador Kwame Mensah said in a telephone interview.',
            "Kwame Mensah",
        ),
    ],
)
def test_the_lede_function_is_the_speaker_named_next(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[:2] == [person, person]


def test_a_person_named_next_who_does_not_speak_is_not_the_source(nlp: Language) -> None:
    """Business: the person the next paragraph names is who the story is about, not its source."""
    text = (
        "The chief negotiator said the creditors would accept a longer repayment schedule.\n\n"
        "Ingrid Holm was appointed to run the debt office in March.\n\n"
        'Finance Secretary Dario Vela said: "We have time."'
    )
    assert speakers(nlp, text)[0] != "Ingrid Holm"


def test_a_post_the_person_named_next_does_not_hold_still_names_no_one(nlp: Language) -> None:
    """Science funding: "the minister" is a post; a union leader named next is someone else."""
    text = (
        "The science minister said the new laboratory would open next year.\n\n"
        '"We were never consulted," union leader Ama Boateng said.'
    )
    assert speakers(nlp, text)[0] != "Ama Boateng"


def test_plural_negotiators_are_no_one_named_next(nlp: Language) -> None:
    """Labour: a plural source is a group the article does not name."""
    text = (
        "Negotiators said talks on the nurses' contract would resume on Monday.\n\n"
        '"We are not there yet," Health Secretary Nadia Farouk said.'
    )
    assert speakers(nlp, text)[0] != "Nadia Farouk"
