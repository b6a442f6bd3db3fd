"""Companies the article calls companies by a copula, and company names that open with a union word: "the
company" refers to them, not to the owners with a legal form named after them, and real unions stay out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (  # business
            "Harrow Valley Energy said its output fell 4 pct. Harrow Valley Energy, headquartered in the north, is a "
            "family-run firm controlled by Dravik Holdings Inc and Meloran Partners Co. The company said it "
            "expected a stronger second half.",
            "Harrow Valley Energy",
        ),
        (  # health
            "Pellwood Labs said its new drug passed a second trial. Pellwood Labs is the country's largest "
            "producer and is owned by Sandell Group Plc. The company said it plans to file for a licence by October.",
            "Pellwood Labs",
        ),
        (  # labour, a union word opening the company's name
            "Union Harlow Petroleum said it would cut 300 jobs. Union Harlow Petroleum is a company owned by "
            "Ternberg Industries Ltd. The company said talks would resume next week.",
            "Union Harlow Petroleum",
        ),
        (  # courts, a union word opening a name with a legal form
            "Union Tasker Steel Co said it paid a fine agreed with the court. It is partly owned by Orvick "
            "Capital Corp. The company said it rejected every charge.",
            "Union Tasker Steel Co",
        ),
    ],
)
def test_the_company_is_the_one_called_a_company(nlp: Language, text: str, company: str) -> None:
    assert speakers(nlp, text)[-1] == company


@pytest.mark.parametrize(
    "text",
    [
        "Dravik Holdings Inc said it would cut 300 jobs. The Union of Harlow Dock Workers said it opposed the "
        "plan. The company said talks would resume next week.",
        "Sandell Group Plc said it won a stadium contract. The Corland Weather Institute is a major exporter "
        "of timber. The company said work would start in March.",
    ],
)
def test_a_union_or_a_body_called_no_company_is_not_the_company(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[-1] in ("Dravik Holdings Inc", "Sandell Group Plc")
