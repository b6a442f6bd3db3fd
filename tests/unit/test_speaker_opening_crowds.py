"""A trade's plural opening its sentence ("Nurses said", "Farmers, whose grain waits at the port, said") is a
crowd, unnamed: neither a body called so nor the short form of a firm whose name the word opens. A surname,
a firm's own short form and "Officials at X" keep their speakers. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "text",
    [
        # finance: the firm's name opens with the trade
        "Traders Bank of Ostria raised its lending rate. Traders said the market was quiet all day.",
        "Dealers Acceptance Corp sold its loan book. Dealers said the dollar was firm against the yen.",
        # local politics
        "Businessmen said the new parking charges would drive shoppers out of town.",
        "Farmers, whose grain has waited at the port for a week, said the strike must end.",
        # health
        "Nurses Mutual Bank opened a branch in Denholm. Nurses said the ward was short of staff.",
        # science
        "Researchers Trust funded the study. Researchers said the vaccine worked in mice.",
        # sport
        "Coaches said the new rule on substitutes was unfair.",
        # "-men" plurals, set off by an aside or not
        "The lenders include Bankers Union Trust and Corvale Bank.\n\nBankers said the loan would be signed in May.",
        "Policemen, who patrolled the square, said the crowd was calm.",
        "Seamen, who met the owners, said the strike would go on.",
        "Businessmen, who met Premier Olvado, opposed the tax, saying it would hurt exports.",
    ],
)
def test_a_sentence_cased_trade_is_an_unnamed_crowd(nlp: Language, text: str) -> None:
    assert set(speakers(nlp, text)) == {None}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ida Banks chairs the panel. Banks said the vote was close.", "Ida Banks"),
        ("Marlow Cable Works Inc cut jobs. Marlow said demand had fallen.", "Marlow Cable Works Inc"),
        ("Officials at Marram Power said the outage was over.", "Marram Power"),
        ("Thomas Sellers, the mayor, opened the bridge. Sellers said it cost two million.", "Thomas Sellers"),
        ("Executives at Kessler Freight said the depot would close.", "Kessler Freight"),
        ("Midland Bankers said the loan would be signed in May.", "Midland Bankers"),
        ("Carmen Ruiz, the mayor, said the vote was fair.", "Carmen Ruiz"),  # "-men" too short for a crowd
        ("Kelso Bankers Ltd said its profit rose.", "Kelso Bankers Ltd"),
        ("Tarn Valley Workers Union said the strike would go on.", "Tarn Valley Workers Union"),
    ],
)
def test_names_and_bodies_keep_their_speakers(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[0] == speaker
