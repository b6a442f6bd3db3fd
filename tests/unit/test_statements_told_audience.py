"""A that-less report after a verb of telling whose audience the parse folds into the reported clause's
subject ("told reporters wheat exports had fallen"): a name opening the compound, or a plural noun before
the subject's own noun, ends the audience; with no such seam the subject stays whole. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.quote) for s in statements]


CASES = [  # farming, arts, utilities, business, schools
    (
        "Ravi Menon told reporters wheat exports had fallen since the drought.",
        "wheat exports had fallen since the drought",
    ),
    ("Hana Sato told journalists gallery visits had climbed.", "gallery visits had climbed"),
    ("Olga Petrenko told Sky Radio water bills would rise.", "water bills would rise"),
    ("Chidi Okafor told shareholders profits would double.", "profits would double"),
    ("Yusuf Demir tells parents school enrolments have dropped.", "school enrolments have dropped"),
]


@pytest.mark.parametrize(("text", "quote"), CASES)
def test_folded_audience_is_left_out_of_the_report(nlp: Language, text: str, quote: str) -> None:
    assert [q for _, q in said(nlp, text)] == [quote]


def test_no_seam_keeps_the_subject_whole(nlp: Language) -> None:
    """A singular noun chain gives no sign where the audience ends: better whole than cut at a guess."""
    assert [q for _, q in said(nlp, "Ingrid Moe told the inquiry ticket sales had slowed.")] == [
        "the inquiry ticket sales had slowed"
    ]
