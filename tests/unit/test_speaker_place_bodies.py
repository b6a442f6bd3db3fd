"""A body named by its kind and its country ("the state mint of X") is the voice of a later "the state mint",
"an aide speaking for the state mint" or "an officer of the state mint". Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # finance: a spokeswoman for it
            "On Tuesday the chief of the state mint of Nepal welcomed a trade mission in Pokhara. A spokeswoman "
            "for the state mint said new coins would circulate by June.",
            "state mint of Nepal",
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
            "A state mint of Uruguay struck new coins. A spokeswoman for another state mint called the coins "
            "ugly."
        ),
        (  # a body with other describing words
            "The state mint of Nepal struck new coins. A spokeswoman for the regional office called the coins "
            "ugly."
        ),
    ],
)
def test_a_different_body_is_not_the_one_named_with_its_country(nlp: Language, text: str) -> None:
    assert "Uruguay" not in str(speakers(nlp, text)[-1]) and "Nepal" not in str(speakers(nlp, text)[-1])
