"""A figure put by a subject ("estimated the cost at 3 mln", "forecast 2 pct growth") is that subject's
claim; a relative clause whose object is the noun it describes ("the terms that X proposed") reports no
words of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[str]:
    return [s.quote for s in extract_statements(parse(Article(id="t", text=text), nlp))]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Broker Vane Holt estimated the spring wheat harvest at 9.2 mln tonnes.", "9.2 mln tonnes"),  # business
        ("The council estimated the repair bill at 14 mln crowns.", "14 mln crowns"),  # local government
        ("Organisers estimated the crowd at 30,000 on Sunday.", "30,000"),  # sport
        ("The union has forecast 4 pct pay rises across the sector.", "4 pct pay rises"),  # labour
        ("Astronomers have forecast 12 large solar flares next year.", "12 large solar flares"),  # science
    ],
)
def test_figure_put_by_a_subject_is_a_statement(nlp: Language, text: str, words: str) -> None:
    assert any(words in quote for quote in run(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The engineers estimated the damage to the bridge.",  # no figure
        "The ministry will forecast growth in the spring.",  # not yet done
        "The damage, estimated at 5 mln dlrs, was covered by insurance.",  # no subject of its own
        "Meteorologists forecast more rain for the valley.",  # no figure
        "The club's estimated 40,000 fans filled the stadium.",  # an adjective
        "Meteorologists forecast storms for 2031.",  # a year is no figure
    ],
)
def test_figure_verb_without_a_put_figure_reports_nothing(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The board rejected the terms that Kell Mining proposed for the takeover.",  # business
        "Talks stalled over the levy which some towns had demanded for road repairs.",  # local government
        "The envoy studied the ceasefire lines that the mediators proposed in March.",  # diplomacy
        "The league dropped the salary cap that the owners demanded last year.",  # sport
    ],
)
def test_proposal_named_by_its_relative_clause_reports_nothing(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Delegates that the mediators invited proposed a ceasefire line.", "proposed a ceasefire line"),  # diplomacy
        ("The minister proposed that the two plants be merged.", "the two plants be merged"),  # business
    ],
)
def test_proposal_with_its_own_object_keeps_its_words(nlp: Language, text: str, words: str) -> None:
    assert any(words in quote for quote in run(nlp, text))


def test_figure_inside_another_voice_is_that_voice(nlp: Language) -> None:
    text = "Orlan Mills forecasts a 9 pct rise in output, chairman Ida Brook said."  # business
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    assert [s.speaker.name if s.speaker else None for s in statements] == ["Ida Brook"]
