""" "X administrators said", "X's lawyers said": people acting for one body speak for it, as "X officials" do;
a lawyer or administrator named beside the noun is still that person, and unnamed ones for no body stay
unnamed. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # business: administrators of a failed firm
            "The talks have dragged on since March. Kessler Mining administrators said a buyer would be found.",
            "Kessler Mining",
        ),
        (  # courts: a body's lawyers
            "The appeal opens next week. Nakamura Holdings's lawyers said the ruling ignored the contract.",
            "Nakamura Holdings",
        ),
        (  # sport: a federation's lawyers
            "Two rowers were banned for doping. Pacific Rowing Federation lawyers said the tests were sound.",
            "Pacific Rowing Federation",
        ),
        (  # aviation: "a lawyer for the company"
            "Orvano Airlines went into administration in March. A lawyer for the company said the sale would close.",
            "Orvano Airlines",
        ),
    ],
)
def test_counsel_for_a_body_speaks_for_it(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # courts: the lawyer named in apposition
            "Tomasz Nowak was charged with fraud in March. His lawyer, Aisha Bello, said he would plead not guilty.",
            "Aisha Bello",
        ),
        ("Lawyers for the family said they would sue the landlord.", None),  # local: no body
        ("Hospital administrators said beds were short across the region.", None),  # health: no body named
    ],
)
def test_counsel_for_no_body_is_no_body(nlp: Language, text: str, speaker: str | None) -> None:
    assert speakers(nlp, text)[-1] == speaker
