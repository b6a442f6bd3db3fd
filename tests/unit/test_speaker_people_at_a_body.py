""" "A spokesman at X said", "said a broker at X": an unnamed person placed at a named body speaks for it, as
"a spokesman for X" does; "a spokesman at the hearing" says where the voice was, and market people at no named
body ("bank dealers", "a dealer at a large trading house") stay an unnamed crowd. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # business: a spokesperson
            "Brelco Inc shares rose today after the firm agreed to buy a printer maker.\n\n"
            "A spokesman at Brelco said the firm hopes to close the printer deal before the summer.",
            "Brelco Inc",
        ),
        (  # mining
            "Kestrel Mining Ltd said output fell.\n\nA spokeswoman at Kestrel said the mine would reopen in May.",
            "Kestrel Mining Ltd",
        ),
        (  # sport
            "The Pacific Rowing Federation banned two rowers.\n\n"
            "A spokesman at the Pacific Rowing Federation said an appeal was unlikely.",
            "Pacific Rowing Federation",
        ),
        (  # markets: a broker quoted, then "he added"
            "Brelco Securities Ltd cut its forecast on Monday.\n\n"
            '"Nobody wants to move before the rate decision," said a broker at Brelco Securities Ltd.',
            "Brelco Securities Ltd.",
        ),
        (  # economy: an economist at an institute
            'Stocks fell in Dunmore today.\n\n"The market is nervous," said an economist at the Dunmore Institute.',
            "Dunmore Institute",
        ),
        (  # energy: an analyst "with" a firm
            "Harlow Oil cut its rates on Monday.\n\nAn analyst with Pike Capital said margins would suffer.",
            "Pike Capital",
        ),
    ],
)
def test_an_unnamed_person_at_a_named_body_speaks_for_it(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Freight cut its rates on Monday.\n\n"
        "A spokesman at the hearing said the rates would not change again this year.",
        "The Dunmore council approved the budget.\n\nA spokeswoman at the news conference said the vote was close.",
        "The Velland central bank raised rates on Monday.\n\nBank dealers said the move was expected.",
        "The Velland central bank raised rates on Monday.\n\nVelland bank dealers said the currency would stay firm.",
        "The Kestrel Bank raised rates.\n\nA dealer at a large trading house said the currency would stay firm.",
        "Harlow Freight cut its rates on Monday.\n\nSecurities house analysts said the cut was overdue.",
    ],
)
def test_no_named_body_leaves_the_voice_unnamed(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == [None]
