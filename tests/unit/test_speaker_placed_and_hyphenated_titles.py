"""Offices written with a state before them ("the Manitoba Treasurer") or with a hyphen ("the Attorney-General")
are the office the article gives a named holder elsewhere. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Saskatchewan Treasurer says the surplus will be spent on rural roads.\n\n"
            "Grain prices fell for a third month in a row.\n\n"
            "Treasurer Anneliese Whitford says the state can still afford the plan.",
            "Anneliese Whitford",
        ),
        (
            "The Kerala Health Minister says two more hospitals will open by winter.\n\n"
            "Rohan Pillai was discharged from a clinic in Kochi on Tuesday.\n\n"
            "Health Minister Meenakshi Varma says the wards will be staffed in time.",
            "Meenakshi Varma",
        ),
        (
            "The Patagonia Police Minister says the border posts will remain staffed.\n\n"
            "Tomas Arriagada was stopped at a checkpoint on Sunday.\n\n"
            "Police Minister Valentina Cordero says more officers are on the way.",
            "Valentina Cordero",
        ),
    ],
)
def test_a_state_before_an_office_is_no_word_of_the_office(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name, name]


def test_a_state_is_dropped_only_when_the_rest_is_exactly_the_holders_title(nlp: Language) -> None:
    text = (
        "The Harbourside Police Commissioner says the pier will stay closed.\n\n"
        "The pier was damaged in a storm last week.\n\n"
        "Fire Commissioner Obinna Eze says the blaze was under control by dawn."
    )
    assert speakers(nlp, text)[0] != "Obinna Eze"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The museum will close its west wing for repairs.\n\n"
            "Director-General Sunniva Hauge opened the new gallery on Monday.\n\n"
            "The Director-General says the collection will tour next year.",
            "Sunniva Hauge",
        ),
        (
            "The court heard the appeal on Tuesday.\n\n"
            "Tevita Fifita is the Attorney-General.\n\n"
            "The Attorney-General says the ruling will not be challenged.",
            "Tevita Fifita",
        ),
        (
            "The Governor-General says the honours list will be published on Friday.\n\n"
            "Governor-General Mariam Yusuf says the nominees came from every region.",
            "Mariam Yusuf",
        ),
    ],
)
def test_a_hyphenated_office_is_its_named_holder(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text)[-1] == name
    assert speakers(nlp, text)[0] == name
