"""A body named by its kind and its country ("the central bank of X") is the voice of a later "the central
bank", "a spokesman for the central bank" or "an official of the central bank". Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # finance: a spokesperson for the body
            "Last week the head of the central bank of Nepal met a trade mission in Pokhara. A spokesman for "
            "the central bank said the rate would stay at six pct.",
            "central bank of Nepal",
        ),
        (  # culture: the body itself
            "The national archive of Bhutan closed a reading room. The national archive said the room would "
            "reopen in spring.",
            "national archive of Bhutan",
        ),
        (  # elections: an official of the body
            "The electoral commission of Laos counted the last ballots. An official of the electoral commission "
            "said turnout had been low.",
            "electoral commission of Laos",
        ),
    ],
)
def test_a_body_named_with_its_country_speaks_again(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body


@pytest.mark.parametrize(
    "text",
    [
        (  # another body of the same kind brought in, unnamed
            "A central bank of Uruguay raised its rate. A spokesman for another central bank said the move was "
            "expected."
        ),
        (  # a body with other describing words
            "The central bank of Nepal cut its rate. A spokesman for the regional office said the move was "
            "expected."
        ),
    ],
)
def test_a_different_body_is_not_the_one_named_with_its_country(nlp: Language, text: str) -> None:
    assert "Uruguay" not in str(speakers(nlp, text)[-1]) and "Nepal" not in str(speakers(nlp, text)[-1])
