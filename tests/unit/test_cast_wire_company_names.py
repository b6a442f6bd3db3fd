"""Company names wire copy writes in shapes the model splits: a name in angle brackets, "Cos" for
"Companies", two trade words joined by "and"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("<Quillon Brask Metals B.V.> said the smelter strike had ended.", "Quillon Brask Metals B.V."),
        (
            "<Dunmore Lowell Holdings Ltd> reported a lower profit for the year.\n\n"
            "Dunmore said the new stadium contract was signed.",
            "Dunmore Lowell Holdings Ltd",
        ),
    ],
)
def test_a_bracketed_name_is_the_firm_without_its_brackets(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text)[-1] == name


def test_an_address_in_brackets_after_a_person_is_not_a_firm(nlp: Language) -> None:
    text = "The head coach, Ines Wardell <ines@example.org>, said the match would go ahead."
    assert speakers(nlp, text) == ["Ines Wardell"]


@pytest.mark.parametrize("name", ["Marrick-Vell Cos Inc", "Dovane Cos Inc"])
def test_cos_stays_inside_the_firm_name(nlp: Language, name: str) -> None:
    assert speakers(nlp, f"{name} said it would shut two bottling plants in March.") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Harwick Rope and Canvas Co reported a loss on Monday. "
            "The firm expects to shut one plant, the company added.",
            "Harwick Rope and Canvas Co",
        ),
        ("Pellam Glass and Mirror Co said the clinic order was filled.", "Pellam Glass and Mirror Co"),
    ],
)
def test_a_name_of_two_trades_is_one_firm(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text)[-1] == name


def test_a_person_and_a_firm_stay_two(nlp: Language) -> None:
    text = "Noel Kimber and Power Co officials met on Monday. Noel Kimber said the ballot had slipped a week."
    assert speakers(nlp, text)[-1] == "Noel Kimber"
