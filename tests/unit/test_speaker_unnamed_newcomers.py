"""Unnamed newcomers speak for no one in focus: an indefinite body ("an alliance of faith groups says") is
brought in without a name, and "they" in a sentence whose subject is a plural common noun ("Parents marched
against what they call ...") are those people, not the organisation that spoke last. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "text",
    [
        # religion and migration: an alliance brought in after a named body
        "The state will open two new shelters next year. Norland Bank cut 200 jobs last month. "
        "Separately, an alliance of faith groups says the town needs more beds.",
        # science
        "The study followed 4,000 patients for ten years. Brightwater Energy has been criticised for the delays. "
        "A group of scientists says the data are sound.",
        # farming
        "Dock workers walked off the job at dawn. The Maritime Union is expected to release its figures on Friday. "
        "Meanwhile, an alliance of farm lobbies says exports will suffer.",
    ],
)
def test_an_indefinite_body_names_no_one(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        # local politics
        "The Harbour Valley Council says the bridge will close. "
        "Residents gathered outside the town hall to protest what they call a broken promise.",
        # farming
        "Redgum Mining says the water is safe. "
        "Farmers have signed a petition against what they describe as a threat to their wells.",
        # education
        "Pinecrest School has confirmed the fees will rise. "
        "Parents gathered outside the school on Sunday to protest what they call an unfair charge.",
    ],
)
def test_they_of_a_crowd_subject_are_not_the_body_that_spoke(nlp: Language, text: str) -> None:
    found = speakers(nlp, text)
    assert len(found) == 2 and found[0] is not None and found[1] is None
