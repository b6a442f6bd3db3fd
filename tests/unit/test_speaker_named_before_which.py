"""A body's name written right before "which" speaks for the clause ("rejected by X Ltd which replied that
..."), where the parse hangs the clause on a thing further back or reads it as a complement. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wage demand was turned down by Corvell Freight Ltd which replied that wages would stay frozen until "
         "next year.", "Corvell Freight Ltd"),
        ("The loan request was declined by Halvard Museum Trust which replied that the canvas was too fragile.",
         "Halvard Museum Trust"),
    ],
)
def test_the_body_named_before_which_speaks(nlp: Language, text: str, expected: str) -> None:
    assert speakers(nlp, text) == [expected]


def test_a_person_before_who_still_speaks(nlp: Language) -> None:  # must not fire
    text = (
        "The wage demand was turned down by Corvell Freight Ltd's spokesman Ivo Marsh, who replied that wages "
        "would stay frozen until next year."
    )
    assert speakers(nlp, text) == ["Ivo Marsh"]
