"""A result reported with its figure is a statement; a reported event or act is not."""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[Statement]:
    return extract_statements(parse(Article(id="t", text=text), nlp))


def test_reported_drop_with_figure_is_indirect_statement(nlp: Language) -> None:
    statements = run(nlp, "Valbrook Mills reported a 4.2 pct drop in net profit to 31.5 mln dlrs. Shares were steady.")
    assert [s.kind for s in statements] == ["indirect"]
    assert "4.2 pct drop in net profit to 31.5 mln dlrs" in statements[0].quote
    assert statements[0].speaker is not None and statements[0].speaker.name == "Valbrook Mills"


def test_reported_earnings_of_figure_is_indirect_statement(nlp: Language) -> None:
    statements = run(nlp, "The museum reported earnings of 3.3 mln euros for the quarter. Visitors were few.")
    assert len(statements) == 1
    assert "earnings of 3.3 mln euros" in statements[0].quote


def test_reported_event_or_figureless_result_is_no_statement(nlp: Language) -> None:
    assert run(nlp, "Castowe Labs reported a fire at its warehouse. Shares were steady.") == []
    assert run(nlp, "The club reported its results on Tuesday. Shares were steady.") == []
    assert run(nlp, "The club reported the theft to police. Shares were steady.") == []
