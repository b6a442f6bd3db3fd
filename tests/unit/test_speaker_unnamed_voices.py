"""A he/she right after a speaker the article leaves unnamed ("a fan told reporters") is that unnamed speaker,
whatever noun introduced them: never a person named earlier as an object or a topic. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "text",
    [
        (  # sport: a supporter at a farewell for a named player
            "The club retired its oldest shirt number on Sunday.\n\n"
            "Thousands came to say goodbye to Kofi Asante, who played 400 games.\n\n"
            "\u201cWe will never see another like him,\u201d a fan outside the ground told reporters. "
            "\u201cHe gave this town something to believe in,\u201d he said."
        ),
        (  # local politics: a protester at a rally about a named councillor
            "The council voted to sell the old library on Tuesday night.\n\n"
            "Dozens rallied outside the office of Ingrid Halvorsen, who chaired the committee.\n\n"
            "\u201cThis building belongs to all of us,\u201d a protester at the gates told the crowd. "
            "\u201cWe will be back next week,\u201d she said."
        ),
        (  # courts: a witness outside court speaking about a named defendant
            "The fraud trial entered its fourth week on Monday.\n\n"
            "Reporters waited outside for Tomasz Wiśniewski, who sat in the dock for six days.\n\n"
            "\u201cI saw the money change hands,\u201d a witness for the prosecution told journalists. "
            "\u201cThere was no doubt about it,\u201d he said."
        ),
        (  # health: a visitor on the ward, a named surgeon before
            "The children's ward reopened after a month of repairs.\n\n"
            "Parents thanked Leilani Kahale, the surgeon who ran the ward during the closure.\n\n"
            "\u201cThe staff never gave up on our son,\u201d a visitor from the ward told the ABC. "
            "\u201cWe owe them everything,\u201d he said."
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_speaker_names_no_one(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == [None, None]


def test_a_named_speaker_before_still_takes_the_pronoun_when_no_unnamed_one_spoke(nlp: Language) -> None:
    text = (
        "The festival lost a third of its sponsors this year.\n\n"
        "\u201cWe have had to cut two stages,\u201d Aroha Ngata, the festival director, told reporters. "
        "\u201cBut the music will go on,\u201d she said."
    )
    assert speakers(nlp, text) == ["Aroha Ngata", "Aroha Ngata"]
