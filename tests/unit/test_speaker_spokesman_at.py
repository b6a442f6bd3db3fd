""" "A spokesman at X said": X speaks, as it would for "a spokesman for X"; "a spokesman at the hearing" says
where the voice was, not whose it is, and stays unnamed. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # business
            "Brelco Inc shares rose today after the firm agreed to buy a printer maker.\n\n"
            "A spokesman at Brelco said the company expects to complete the purchase later this month.",
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
    ],
)
def test_a_spokesperson_at_a_named_body_speaks_for_it(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Freight cut its rates on Monday.\n\n"
        "A spokesman at the hearing said the rates would not change again this year.",
        "The Dunmore council approved the budget.\n\nA spokeswoman at the news conference said the vote was close.",
    ],
)
def test_a_spokesperson_at_an_occasion_stays_unnamed(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == [None]
