"""A lede's role narrowed by a capitalised nationality or state adjective the model leaves unlabelled ("The
Welsh Police Commissioner says") is the one person the article later titles with the office alone; a word of
the office itself ("the Fire Commissioner") or a side of the house ("the Opposition Treasurer") still narrows
it to another office. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # policing
            "The Welsh Police Commissioner says she accepts more staff are needed.\n\n"
            "Officials met again on Monday.\n\n"
            "Police Commissioner Priya Raghavan says the decision was the right one.",
            "Priya Raghavan",
        ),
        (  # state politics, wire copy without paragraphs
            "The Tasmanian Opposition Leader says he accepts the service will not close. "
            "The decision comes after months of talks. Opposition Leader Lars Berg says more staff are needed.",
            "Lars Berg",
        ),
        (  # defence, international
            "The Kenyan Defence Minister says he accepts the talks are going well.\n\n"
            "The decision comes after months of talks.\n\n"
            "Defence Minister Oleksandr Kovalenko says the budget will be back in surplus by June.",
            "Oleksandr Kovalenko",
        ),
        (  # courts
            "The Scottish Justice Secretary says she accepts the ruling was fair.\n\n"
            "The appeal was lodged in March.\n\n"
            "Justice Secretary Chiara De Luca says the case will not be reopened.",
            "Chiara De Luca",
        ),
        (  # health
            "The Lebanese Health Minister says she accepts the clinics will close. "
            "The strike began in March. Health Minister Mei Tanaka says the nurses will be paid.",
            "Mei Tanaka",
        ),
    ],
)
def test_a_place_adjective_does_not_hide_the_titled_holder(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[:2] == [person, person]


@pytest.mark.parametrize(
    "text",
    [
        (  # emergency services: the police commissioner is not the fire commissioner
            "The Police Commissioner says more officers are needed.\n\n"
            "The blaze was contained by dawn.\n\n"
            "Fire Commissioner Bongani Dlamini says the crews worked through the night."
        ),
        (  # state budget: the opposition's treasurer is not the treasurer
            "The Opposition Treasurer says the budget is a sham.\n\n"
            "The vote is due next week.\n\n"
            "Treasurer Ingrid Solberg says the surplus is real."
        ),
    ],
)
def test_an_office_word_still_names_another_office(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[0] != speakers(nlp, text)[-1]
