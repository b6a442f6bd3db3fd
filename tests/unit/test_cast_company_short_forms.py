"""A company named once with its legal form, then by its opening words or by its head noun ("the fund")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pennock Turbine Inc announced a loan for its new plant on Monday.\n\n"
            "Pennock, a small power producer, said the plant will open in July.",
            "Pennock Turbine Inc",
        ),
        (
            "Whitcombe Pharma Corp said its trial drug cut relapses by a third.\n\n"
            "In addition, the results will be filed with regulators in May, Whitcombe said.",
            "Whitcombe Pharma Corp",
        ),
        (
            "Ashby Digital Optics Inc said a lens supply deal was signed on Friday.\n\n"
            "Ashby Digital said the deal runs for five years.",
            "Ashby Digital Optics Inc",
        ),
        (  # a legal form written first
            "NV Orrenwald Lampworks reported higher profits on Monday. Orrenwald said its new plant opens in May.",
            "NV Orrenwald Lampworks",
        ),
        (  # the opening word the parse reads as a person, before "officials"
            "NV Orrenwald Lampworks cut its prices on Monday. Orrenwald officials said demand was weak.",
            "NV Orrenwald Lampworks",
        ),
        (  # a founder's initials written first
            "K.J. Tessmer Holdings Inc bought two printing plants. Tessmer said the deal was worth four mln dlrs.",
            "K.J. Tessmer Holdings Inc",
        ),
        (
            "E.R. Calloway Mills Inc said its trial drug cut relapses. "
            "A Calloway spokesman said results were due in May.",
            "E.R. Calloway Mills Inc",
        ),
    ],
)
def test_opening_words_of_a_legal_form_name_are_the_company(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text)[-1] == name


def test_a_word_two_bodies_share_ties_neither(nlp: Language) -> None:
    text = "NV Orrenwald Lampworks cut prices. Orrenwald Bank said its rates would rise."
    assert speakers(nlp, text)[-1] == "Orrenwald Bank"


def test_a_person_with_the_surname_that_opens_a_firm_stays_a_person(nlp: Language) -> None:
    text = (
        "Marlowe Media Holdings Ltd said two of its stations will shut.\n\n"
        "Its founder, Ruth Marlowe, said the cuts were painful.\n\n"
        "Marlowe said the staff would be offered new posts."
    )
    assert speakers(nlp, text)[-1] == "Ruth Marlowe"
    text = "Kim Tessmer met the board of K.J. Tessmer Holdings Inc on Monday. Kim Tessmer said the talks went well."
    assert speakers(nlp, text)[-1] == "Kim Tessmer"


def test_the_fund_said_is_the_fund_named_before(nlp: Language) -> None:
    text = (
        "The Radley Flood Relief Fund said it would pay the repair bills of 300 families.\n\n"
        "The fund, after a vote by its trustees, said the first payments would go out in May."
    )
    assert speakers(nlp, text) == ["Radley Flood Relief Fund", "Radley Flood Relief Fund"]


def test_a_fund_manager_is_no_fund(nlp: Language) -> None:
    text = "Fund manager Lena Garrity of Brennan Capital said prices would rise in August."
    assert speakers(nlp, text) == ["Lena Garrity"]


@pytest.mark.parametrize(
    "body", ["Coraltrust Savings Bank", "Summit Savings and Loan Association", "Liberty Bancorp Inc"]
)
def test_a_banks_opening_word_is_the_bank(nlp: Language, body: str) -> None:
    short = body.split()[0]
    text = (
        f"{body} said its board approved a share buyback.\n\n"
        f"{short} said the buyback would start in the autumn."
    )
    assert speakers(nlp, text) == [body, body]


def test_a_person_with_a_banks_opening_word_stays_a_person(nlp: Language) -> None:  # must not fire
    text = (
        "Harbor Savings Bank hired Dana Summit as its treasurer.\n\n"
        "Summit said the buyback would start in the autumn."
    )
    assert speakers(nlp, text) == ["Dana Summit"]
