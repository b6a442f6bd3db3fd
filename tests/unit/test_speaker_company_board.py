"""A bare "the board" with no board named before it belongs to the firm in focus, so it speaks for that
firm; a board the article named, another firm's board, or a board in a story with no company stays
as it was. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (  # takeover
            "Halvorn Mills Inc said on Tuesday it had turned down a bid from a rival. "
            "The board warned that the offer undervalued the group.",
            "Halvorn Mills Inc",
        ),
        (  # results
            "Brasket Foods Corp said its quarterly profit fell by a third. "
            "The board added that the dividend would be held.",
            "Brasket Foods Corp",
        ),
        (  # health care
            "Quillon Medical Ltd announced plans to shut two of its clinics. "
            "The board promised that the staff would be offered other posts.",
            "Quillon Medical Ltd",
        ),
    ],
)
def test_the_bare_board_speaks_for_the_company_in_focus(nlp: Language, text: str, firm: str) -> None:
    assert speakers(nlp, text) == [firm, firm]


def test_a_board_named_before_is_that_board(nlp: Language) -> None:
    """Local politics: the harbour board the article named, not the firm mentioned first."""
    text = (
        "Halvorn Mills Inc opened a plant near the docks. The Tarnville Harbour Board met on Monday. "
        "The board announced that the quay would be widened."
    )
    assert speakers(nlp, text)[-1] == "Tarnville Harbour Board"


def test_another_firms_board_is_not_the_firm_in_focus(nlp: Language) -> None:
    text = (
        "Halvorn Mills Inc said on Tuesday it had made an offer. "
        "The board of Parrow Holdings said the offer was too low."
    )
    assert speakers(nlp, text)[-1] != "Halvorn Mills Inc"


def test_a_board_with_no_company_in_the_story_names_no_one(nlp: Language) -> None:
    """Sport: a federation is no company, so its bare "board" is left unnamed rather than guessed."""
    text = "The season opened on Saturday with three draws. The board announced that the final would be moved to May."
    assert speakers(nlp, text) == [None]
