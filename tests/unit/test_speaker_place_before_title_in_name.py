"""A state written before a title before a name ("Alberta Treasurer Kofi Boateng"), read by the model as one
person, is where the office is: no word of the name. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The budget will be handed down on Tuesday.\n\nAlberta Treasurer Kofi Boateng says the deficit will shrink.",
         "Kofi Boateng"),
        ("Grain prices fell again this month.\n\nManitoba Treasurer Leilani Kahale says farmers will get relief.",
         "Leilani Kahale"),
        ("Hospital waiting lists grew again.\n\nGauteng Treasurer Thabo Mokoena says more money is on the way.",
         "Thabo Mokoena"),
        ("Wheat prices fell for a third month.\n\nSaskatchewan Treasurer Bheki Nkosi says farmers will get relief.",
         "Bheki Nkosi"),
    ],
)
def test_a_place_before_a_title_stays_out_of_the_name(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


def test_one_word_after_a_title_inside_a_name_keeps_the_given_name(nlp: Language) -> None:
    text = "The orchestra opened its season on Friday.\n\nMirela Dean Kovac says the hall was full."
    speaker = speakers(nlp, text)[0]
    assert speaker is not None and speaker.startswith("Mirela")
