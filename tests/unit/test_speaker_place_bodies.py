"""A body named by its kind and its country ("the dairy board of X") is the voice of a later "the dairy board",
"an aide speaking for the dairy board" or "an officer of the dairy board". Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # finance: a spokeswoman for it
            "On Tuesday the chief of the dairy board of Nepal welcomed a trade mission in Pokhara. A spokeswoman "
            "for the dairy board said milk prices would hold until June.",
            "dairy board of Nepal",
        ),
        (  # culture: the body itself
            "The broadcasting service of Bhutan closed a radio station. The broadcasting service said the station "
            "would reopen in spring.",
            "broadcasting service of Bhutan",
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
            "A dairy board of Uruguay cut milk prices. A spokeswoman for another dairy board said the cut was "
            "rash."
        ),
        (  # a body with other describing words
            "The dairy board of Nepal cut milk prices. A spokeswoman for the regional office said the cut was "
            "rash."
        ),
    ],
)
def test_a_different_body_is_not_the_one_named_with_its_country(nlp: Language, text: str) -> None:
    assert "Uruguay" not in str(speakers(nlp, text)[-1]) and "Nepal" not in str(speakers(nlp, text)[-1])
