"""A plural word for people opening its sentence alone ("Bankers said", "Growers, who ..., said") is a crowd
the article leaves unnamed: no name, and no firm whose name that word opens. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The lenders include Bankers Union Trust and Corvale Bank.\n\nBankers said the loan would be signed in May.",
         "signed in May"),  # finance
        ("Businessmen, who met Premier Olvado, opposed the tax, saying it would hurt exports.", "hurt exports"),
        ("Farmers, who met the minister, opposed the plan, saying it would raise costs.", "raise costs"),  # farming
        ("Policemen, who patrolled the square, said the crowd was calm.", "crowd was calm"),  # local
        ("Seamen, who met the owners, said the strike would go on.", "strike would go on"),  # labour
        ("The club signed Traders Mutual Bank as its sponsor.\n\nTraders said the deal would lift the shares.",
         "lift the shares"),  # sport and markets
    ],
)
def test_a_crowd_in_capitals_is_unnamed(nlp: Language, text: str, fragment: str) -> None:
    assert speaker_of(nlp, text, fragment) is None


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("Midland Bankers said the loan would be signed in May.", "signed in May", "Midland Bankers"),
        ("Carmen Ruiz, the mayor, said the vote was fair.", "vote was fair", "Carmen Ruiz"),
        ("Kelso Bankers Ltd said its profit rose.", "profit rose", "Kelso Bankers Ltd"),
        ("Tarn Valley Workers Union said the strike would go on.", "strike would go on", "Tarn Valley Workers Union"),
    ],
)
def test_a_name_with_such_a_word_keeps_its_voice(nlp: Language, text: str, fragment: str, name: str) -> None:
    assert speaker_of(nlp, text, fragment) == name
