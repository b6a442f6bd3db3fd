"""A short quoted noun term with its modifier outside the marks is a term in use, not a direct quote."""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def _statements(nlp: Language, text: str) -> list[Statement]:
    return extract_statements(parse(Article(id="terms", text=text), nlp))


def test_modified_term_is_not_a_direct_quote_and_the_report_stays(nlp: Language) -> None:
    found = _statements(nlp, 'Tomas Verlinde said the board would review the outstanding "founder units" in May.')
    assert not [s for s in found if s.kind == "direct"]
    reported = [s for s in found if s.kind == "indirect"]
    assert reported and "founder units" in reported[0].quote
    assert reported[0].speaker is not None and "Verlinde" in reported[0].speaker.name


def test_hyphenated_style_modifier_sets_off_a_term(nlp: Language) -> None:
    found = _statements(nlp, 'The rules would also cover regional "travel zones," Anna Kressler said on Tuesday.')
    assert not [s for s in found if s.kind == "direct" and "travel zones" in s.quote]


def test_rated_word_after_a_modifier_stays_the_speakers_quote(nlp: Language) -> None:
    found = _statements(nlp, 'Petra Oswin said the ruling was a political "disaster" for the region.')
    direct = [s for s in found if s.kind == "direct"]
    assert [s.quote for s in direct] == ["disaster"]
    assert direct[0].speaker is not None and "Oswin" in direct[0].speaker.name


def test_label_after_an_article_stays_the_speakers_quote(nlp: Language) -> None:
    found = _statements(nlp, 'Miguel Darrow called the offer a "cynical stunt" and rejected it.')
    assert [s.quote for s in found if s.kind == "direct"] == ["cynical stunt"]
