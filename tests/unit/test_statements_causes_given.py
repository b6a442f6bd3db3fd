"""A speaker putting a thing down to a cause ("blamed A on B", "attributed A to B") gives a reason of their
own, a statement; the passive, a relative clause, a quotation credited to someone and "blamed someone" are not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.quote) for s in found if s.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (  # business
            "Finance director Ravi Okonkwo spoke on Monday. He blamed the fall in orders on weak export prices.",
            "Ravi Okonkwo",
            "blamed the fall in orders on weak export prices",
        ),
        (  # sport
            "Coach Tomas Feretti attributed the heavy defeat to a tired midfield.",
            "Tomas Feretti",
            "attributed the heavy defeat to a tired midfield",
        ),
        (  # health
            "Board chair Hana Brezina attributed the longer waiting lists, which doubled over winter, mainly to a "
            "lack of ward staff.",
            "Hana Brezina",
            "attributed the longer waiting lists, which doubled over winter, mainly to a lack of ward staff",
        ),
    ],
)
def test_a_cause_given_by_the_speaker_is_a_statement(nlp: Language, text: str, speaker: str, quote: str) -> None:
    assert said(nlp, text) == [(speaker, quote)]


@pytest.mark.parametrize(
    "text",
    [
        "The fall in orders was blamed on weak export prices.",
        "Finance director Ravi Okonkwo visited the plant. The stoppage, which the firm blamed on a power cut, "
        "lasted a week.",
        "A remark attributed to coach Tomas Feretti about the referee drew protests.",
        "Fans blamed coach Tomas Feretti. Some blamed him for the heavy defeat.",
        "Mayor Kofi Mensah blamed the driver who relied on an old map.",
    ],
)
def test_no_cause_given_by_a_speaker_is_no_statement(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []
