""""For" opening a clause ("because"), not a phrase: "the plan may fail, for X has insisted that ...". The
name after it is the cue's subject. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "speaker", "quote_start"),
    [
        (  # business
            "Ingrid Salo, chief operating officer of Varnholt Paper, met the board on Monday.\n\nThe plan may "
            "fail, for Salo has insisted that the mill would cut output by a fifth this year.",
            "Ingrid Salo",
            "the mill",
        ),
        (  # labour
            "Tomas Breyer, general secretary of the Harbour Workers Union, met the board on Monday.\n\nThe plan "
            "may fail, for Breyer has argued that dockers would walk out next week.",
            "Tomas Breyer",
            "dockers",
        ),
    ],
)
def test_name_after_a_conjunction_for_speaks(nlp: Language, text: str, speaker: str, quote_start: str) -> None:
    found = [s for s in said(nlp, text) if s[2].startswith(quote_start)]
    assert found and found[0][0] == speaker


def test_support_for_a_name_is_no_speaker(nlp: Language) -> None:
    text = (
        "Kwame Asante, deputy mayor of Wexmoor, met the board on Monday.\n\nSupport for Asante has grown since "
        "the vote, council aides said."
    )
    assert all(s[0] != "Kwame Asante" for s in said(nlp, text))
