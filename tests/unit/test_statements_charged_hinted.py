"""'charged' and 'hinted' report speech before a clause; 'charged X with' or 'charged a fee' report none."""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[Statement]:
    return extract_statements(parse(Article(id="t", text=text), nlp))


def test_charged_and_hinted_with_clause_are_statements(nlp: Language) -> None:
    statements = run(nlp, "The union charged that the plan had cost 40 mln dlrs more than expected. Talks went on.")
    assert len(statements) == 1 and "the plan had cost 40 mln dlrs" in statements[0].quote
    statements = run(nlp, "Coach Deno Arvass hinted that the ruling could be appealed. Fans waited.")
    assert len(statements) == 1 and "the ruling could be appealed" in statements[0].quote


def test_charged_with_an_offence_is_no_statement(nlp: Language) -> None:
    assert run(nlp, "Police charged Tomas Ferro with theft on Monday. Shares were steady.") == []
    assert run(nlp, "The clinic charged a fee of 10 dlrs a visit. Shares were steady.") == []
