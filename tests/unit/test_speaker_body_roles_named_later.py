"""A lede's "the <role> of <body> says" is the person the article later titles with that very role ("Administrator
X says"), not the body, unless that person belongs to another body. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The administrator of Pelham Textiles says a buyer could be found within days.\n\n"
            "Pelham Textiles collapsed in March with debts of forty million dollars.\n\n"
            "Administrator Emeka Nwosu says three bidders have made offers.",
            "Emeka Nwosu",
        ),
        (
            "The chief scientist of the Bramblewood Institute says the trial results are encouraging.\n\n"
            "The Bramblewood Institute has faced months of funding cuts.\n\n"
            "Chief Scientist Yuki Morimoto says a larger trial will start in May.",
            "Yuki Morimoto",
        ),
        (
            "The administrator of Westvale Council says rates will rise.\n\n"
            "Westvale Council was sacked by the state in June.\n\n"
            "Administrator Gareth Pryce says the budget has a large hole.",
            "Gareth Pryce",
        ),
        (
            "The team manager of the Kestrel Falcons says the captain will play on Sunday.\n\n"
            "The Kestrel Falcons have lost four games in a row.\n\n"
            "Team Manager Nadia Petrova says the squad is fit.",
            "Nadia Petrova",
        ),
    ],
)
def test_a_bodys_role_in_the_lede_is_the_person_titled_so_later(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name, name]


def test_a_holder_of_another_body_leaves_the_body_speaking(nlp: Language) -> None:
    text = (
        "The chief executive of Corvane Freight says the depot will close in May.\n\n"
        "Corvane Freight has lost three contracts since January.\n\n"
        "Chief Executive Sione Latu of Marlow Shipping says his firm will take on some of the drivers."
    )
    assert speakers(nlp, text)[0] != "Sione Latu"
