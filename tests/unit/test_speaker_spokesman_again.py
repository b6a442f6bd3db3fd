""" "<Body> spokesman X said ... the <Body> spokesman said": the definite description is X again; "a <Body>
spokesman" is a new, unnamed voice of the body; a bare "the spokesman" after "X's spokesman, Y," is Y.
Invented sentences."""

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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # sport
            "The striker missed training for a second day.\n\nThe coach's spokeswoman, Ngozi Eze, said he had a cold."
            "\n\nThe spokeswoman says he should play on Sunday.",
            "Ngozi Eze",
        ),
        (  # health
            "Two wards were shut over the weekend.\n\nA spokesman for the hospital, Rafael Quintero, said the "
            "cleaning went well.\n\nThe spokesman says both wards open again on Friday.",
            "Rafael Quintero",
        ),
        (  # courts
            "The judge adjourned the hearing until March.\n\nSenator Ilse Brandt's spokesman, Tevita Fifita, said "
            "she was disappointed.\n\nThe spokesman says an appeal is likely.",
            "Tevita Fifita",
        ),
        (  # culture: an unnamed spokesman for a body since is that body's voice, not the named one
            "The gallery reopened after the floods.\n\nThe mayor's spokeswoman, Hanna Lindqvist, said the council "
            "paid for repairs.\n\nA spokesman for the Riverbend Gallery said the paintings were unharmed."
            "\n\nThe spokesman says the insurers will pay the rest.",
            "Riverbend Gallery",
        ),
    ],
)
def test_a_bare_the_spokesman_is_the_spokesperson_named_before(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[-1] == speaker
