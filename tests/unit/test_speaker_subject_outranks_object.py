"""A he/she after "B <verb> Mr A." is B, the sentence's subject, even when B's given name tells no gender and
A's honorific does: within one sentence the subject outranks the person it acts on. A gendered person named
in a later sentence still wins over a subject whose gender nothing says. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (  # local politics
            "The council will vote on the rezoning tonight.\n\nMs Ortega says the plan is rushed.\n\n"
            "Councillor Kim Sung-min disagrees with Ms Ortega.\n\nShe says residents were consulted twice.",
            "Kim Sung-min",
        ),
        (  # business
            "The bakery chain shut four stores this year.\n\nMr Haldane says rents are to blame.\n\n"
            "Analyst Andrea Bellini contradicted Mr Haldane.\n\nHe says sales fell before the rents rose.",
            "Andrea Bellini",
        ),
        (  # sport
            "The club sacked its coach after six losses.\n\nMr Varga says the board panicked.\n\n"
            "Captain Jean Mbeki defended Mr Varga.\n\nHe says the players let the coach down.",
            "Jean Mbeki",
        ),
    ],
)
def test_the_subject_outranks_the_person_it_acts_on(nlp: Language, text: str, second: str) -> None:
    assert speakers(nlp, text)[-1] == second


def test_a_gendered_person_named_in_a_later_sentence_still_wins(nlp: Language) -> None:
    text = (
        "A bus crashed near the border on Friday.\n\nInspector Kim Dae-jung said the driver was speeding.\n\n"
        "Paramedics treated Ms Farida Rahimi at the scene.\n\n\"I could not open the door,\" she said."
    )
    assert speakers(nlp, text)[-1] == "Farida Rahimi"
