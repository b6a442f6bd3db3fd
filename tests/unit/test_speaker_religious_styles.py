"""A cleric's style capitalised before a name ("Father Ruiz", "Sister Okafor") is used like "Mr": the later
"Father X" is the "Rev. Fr. Y X" named before, and "Sister" says she is a woman. A kin noun that is not
capitalised before a name stays kin. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # local: a parish appeal
            "The parish hall needs a new roof before winter.\n\nRev. Fr. Emeka Nwosu says the appeal has raised half "
            "the cost.\n\nFather Nwosu says the rest should come by May.",
            "Emeka Nwosu",
        ),
        (  # education
            "The convent school will take boys from next year.\n\nSr Maria Goretti Wanjiru says enrolments have "
            "fallen.\n\nSister Wanjiru says the change keeps the school open.",
            "Maria Goretti Wanjiru",
        ),
        (  # health: the style on first mention stays out of the name
            "A mobile clinic began visiting outlying villages.\n\nBrother Paulo Tuilagi says the nurses see forty "
            "people a day.\n\nBrother Tuilagi says the van needs new tyres.",
            "Paulo Tuilagi",
        ),
        (  # international: aid
            "Food prices in the camp doubled this month.\n\nFather Jakub Wozniak says families are skipping "
            "meals.\n\nFather Wozniak says the charity will send more flour.",
            "Jakub Wozniak",
        ),
    ],
)
def test_a_later_cleric_style_is_the_person_named_before(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name, name]


def test_sister_gives_the_gender_a_pronoun_needs(nlp: Language) -> None:
    text = (
        "The shelter lost its lease on Monday.\n\nSister Aiko Morimoto says the landlord gave a week's notice."
        "\n\nThe landlord, Gareth Pryce, would not talk to us.\n\nShe says the residents have nowhere to go."
    )
    assert speakers(nlp, text) == ["Aiko Morimoto", "Aiko Morimoto"]


def test_a_kin_noun_set_apart_from_the_name_stays_kin(nlp: Language) -> None:
    text = "The search for the missing hiker was called off.\n\nHer father, Olusegun Bello, says they are grateful."
    assert speakers(nlp, text) == ["Olusegun Bello"]
