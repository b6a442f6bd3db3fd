"""A verdict is a statement only with its grounds, its label or a clause; a bare verdict on a thing, or an
appeal with a direct object (a court's), reports no words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[str]:
    return [s.quote for s in extract_statements(parse(Article(id="t", text=text), nlp))]


@pytest.mark.parametrize(
    "text",
    [
        "Finance minister Lev Harto criticised the central bank's lending policies.",  # business
        "The mayor praised the hard work of volunteers during the floods.",  # local government
        "Union leader Bo Kemp condemned the arrests at the depot gates.",  # labour
        "Coach Ada Rusk praised the young striker's composure.",  # sport
        "The envoy criticized the way the border talks were run.",  # diplomacy
        "The trade group appealed the ruling last week.",  # a court's appeal
    ],
)
def test_bare_verdict_reports_no_words(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # sport
            "Coach Ada Rusk praised the young striker for his calm finish.",
            "praised the young striker for his calm finish",
        ),
        (  # science
            "Professor Ines Waal criticised the study over its small sample.",
            "criticised the study over its small sample",
        ),
        (  # diplomacy
            "The envoy hailed the accord as a turning point for the region.",
            "hailed the accord as a turning point for the region",
        ),
        (  # local government: an appeal to someone is a plea
            "The mayor appealed to residents to save water.",
            "appealed to residents to save water",
        ),
    ],
)
def test_verdict_with_grounds_or_label_stays_a_statement(nlp: Language, text: str, quote: str) -> None:
    """Must fire still: the grounds ("for", "over"), the label ("as") or the addressee make it a statement."""
    assert run(nlp, text) == [quote]
