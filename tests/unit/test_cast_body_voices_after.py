"""Bodies speaking through words that earlier rules left unread: a spokesperson whose body closes the phrase
("a spokesman for consortium member X Plc") and the he/she after it, a utility as a company, figures named by
their issuer, and a bare "the government" in an article that names no country. Unnamed crowds and a state body
of an article that names countries stay as they were. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(("text", "said"), [
    pytest.param(
        "The Tarn rail group dropped its bid, a spokesman for group member <Corvell Plc> said.\n\n"
        "He said the board had judged the bid too costly.",
        ["Corvell Plc", "Corvell Plc"],
        id="he-after-a-spokesman-for-a-member/business",
    ),
    pytest.param(
        "Halden Water and Power Co said its new plant would open in May.\n\n"
        "The utility said the plant would cost 40 mln dlrs.",
        ["Halden Water and Power Co", "Halden Water and Power Co"],
        id="the-utility/energy",
    ),
    pytest.param(
        "Exports rose 5 pct in March, according to provisional Central Bank of Tarsland figures.",
        ["Central Bank of Tarsland"],
        id="figures-of-a-named-bank/economy",
    ),
    pytest.param(
        "Finance chief Ana Lund spoke to bankers on Monday.\n\n"
        "The government has said the subsidy will be the last.",
        ["government"],
        id="the-one-government-of-an-article-naming-no-country/politics",
    ),
])
def test_bodies_speak(nlp: Language, text: str, said: list[str | None]) -> None:
    assert speakers(nlp, text) == said


@pytest.mark.parametrize(("text", "said"), [
    pytest.param("Officials said prices would rise.", [None], id="officials"),
    pytest.param("Government officials said talks would resume.", [None], id="government-officials"),
    pytest.param("Exports rose, according to official figures.", [None], id="figures-with-no-issuer"),
    pytest.param("Exports rose, according to trade figures.", [None], id="figures-of-a-kind"),
    pytest.param("A government spokesman said the subsidy will be the last.", [None], id="indefinite-spokesman"),
])
def test_no_body_is_guessed(nlp: Language, text: str, said: list[str | None]) -> None:
    assert speakers(nlp, text) == said
