""" "<Body> spokesman X said ... the <Body> spokesman said": the definite description is X again; "a <Body>
spokesman" is a new, unnamed voice of the body. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # business
            "Kessler Mining spokesman Amara Okafor said the talks were over. "
            'Asked about the strike, the Kessler Mining spokesman said, "Nothing has changed."',
            "Amara Okafor",
        ),
        (  # local politics
            "Tavira council spokesman Luis Ferreira said the bins would be collected. "
            'Asked about the cost, the Tavira council spokesman said, "It is within budget."',
            "Luis Ferreira",
        ),
        (  # sport
            "Pacific Rowing Federation spokesman Mei Tanaka said two rowers were banned. "
            'Asked about an appeal, the Pacific Rowing Federation spokesman said, "They may try."',
            "Mei Tanaka",
        ),
        (  # international: an indefinite one is the body's voice
            '"We will appeal," Interior Ministry spokesman Dmitri Volkov said on Monday. '
            "Later an Interior Ministry spokesman said the appeal had been lodged.",
            "Interior Ministry",
        ),
    ],
)
def test_the_body_spokesman_is_the_one_named_so(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[-1] == speaker
