"""An example restates the kind it illustrates: "threats such as violence and intimidation" is
one harm, so the examples add nothing to their rated head noun; under an unrated head ("crimes
such as arson") they carry the tone themselves.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "head", "examples"),
    [
        ("Protesters faced threats such as violence and intimidation, Dr Aiko Sato found.", "threats",
         ("violence", "intimidation")),  # politics
        ("The atoll has weathered disasters such as cyclones and droughts, Chief Ana Tupou said.", "disasters",
         ("droughts",)),  # weather
        ("Players suffered injuries such as fractures, the physio Luca Bianchi said.", "injuries",
         ("fractures",)),  # sport
        ("Auditors found failures such as fraud and theft at the agency in Lagos.", "failures",
         ("fraud", "theft")),  # business
    ],
)
def test_examples_of_a_rated_kind_add_nothing(rated_words, text, head, examples):
    words = rated_words(text)
    assert words.get(head, 0.0) != 0.0
    assert all(not words.get(example, 0.0) for example in examples)


def test_examples_of_an_unrated_kind_carry_the_tone(rated_words):
    words = rated_words("Police recorded crimes such as arson and robbery in Kreuzberg.")
    assert words["arson"] < 0 and words["robbery"] < 0
