"""A short form defined in brackets right after a body's full name speaks under the full name: after wire copy's
closing ">", with a parenthesised word or a dotted legal form among its letters, or run together from the name's
opening; and a firm's name read whole across its "and" speaks whole though the word before the "and" is a trade
no word list holds. Invented sentences per beat; the must-not-fire rows keep a place, an unlike word and two
bodies as written."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast.reading.and_names import joined_name
from tests.unit.readers import speakers

FULL_NAME_KEPT = [
    pytest.param(
        "<Orvel-Tane (Norland) Ltd> (OTN) said it would close its smelter next month.\n\n"
        "OTN said the closure would cost 200 jobs.",
        "Orvel-Tane (Norland) Ltd",
        id="business-initials-after-the-wire-bracket",
    ),
    pytest.param(
        "Norvela's troubled power utility <Centrales Electricas de Norvela S.A.> (CENSA) said it may delay its bond"
        " payments.\n\nCENSA said talks with lenders would start next week.",
        "Centrales Electricas de Norvela S.A.",
        id="finance-letters-of-a-dotted-legal-form",
    ),
    pytest.param(
        "Norland's biggest tin buyer <Varnel Tin and Coke Co> (Varticko) said it had cut its orders.\n\n"
        "Varticko said stocks were high.",
        "Varnel Tin and Coke Co",
        id="commodities-word-run-together",
    ),
]

LEFT_AS_WRITTEN = [
    pytest.param(
        "<Ardel Mining Ltd> (Canada) said it would sell its copper mine.\n\nCanada said the sale was welcome.",
        "Canada",
        id="a-place-in-brackets",
    ),
    pytest.param(
        "<Ardel Mining Ltd> (Kestrum) said it would sell its copper mine.\n\nKestrum said the sale was welcome.",
        "Kestrum",
        id="a-word-unlike-the-name",
    ),
]


@pytest.mark.parametrize(("text", "full"), FULL_NAME_KEPT)
def test_a_bracketed_short_form_speaks_under_the_full_name(nlp: Language, text: str, full: str) -> None:
    assert speakers(nlp, text)[-1] == full


@pytest.mark.parametrize(("text", "written"), LEFT_AS_WRITTEN)
def test_a_bracketed_word_that_is_no_short_form_stays(nlp: Language, text: str, written: str) -> None:
    assert speakers(nlp, text)[-1] == written


def test_a_firm_read_whole_across_its_and_speaks_whole(nlp: Language) -> None:
    text = "Norland's biggest drinks maker <Kessar Bottling and Packing Co> said it would shut two plants."
    assert speakers(nlp, text) == ["Kessar Bottling and Packing Co"]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        pytest.param("Kessar Bottling and Packing Co said it would shut two plants.", True, id="one-firm"),
        pytest.param("Kessar Bottling Corp and Packing Co said it would close.", False, id="legal-form-before"),
        pytest.param("The Kessar Party and Packing Co said it would shut two plants.", False, id="body-word-before"),
        pytest.param("Kessar Bottling and Tovrin Co said it would shut two plants.", False, id="name-word-after"),
    ],
)
def test_a_span_across_and_is_one_firm_only_in_a_firms_shape(nlp: Language, text: str, whole: bool) -> None:
    doc = nlp(text)
    end = next(t.i for t in doc if t.text == "Co") + 1
    start = 1 if doc[0].lower_ == "the" else 0
    assert joined_name(doc[start:end]) is whole
