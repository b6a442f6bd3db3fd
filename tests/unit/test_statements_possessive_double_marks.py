"""A straight double mark typed for a possessive's apostrophe (`the board"s plan`) opens no quotation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.extractors.statements.quotes import find_quotes
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.mark.parametrize(
    "text",
    [
        'The league"s board will set the calendar for the new season.',  # sport
        'The council"s budget for road repairs was cut again.',  # local government
        'Last year"s pay deal ran out in March, the union said.',  # labour
        'The lab"s new scanner and the hospital"s wards opened in May.',  # science, two marks
    ],
)
def test_possessive_double_mark_opens_no_quotation(text: str) -> None:
    assert find_quotes(text) == []


def test_report_with_a_possessive_double_mark_stays_whole(nlp: Language) -> None:
    text = 'The ministry"s trade talks will resume next week in Geneva, officials said.'
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    assert [(s.kind, s.quote) for s in found] == [
        ("indirect", 'The ministry"s trade talks will resume next week in Geneva')
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Coach Ada Rusk called the result "a shock" after the match.', "a shock"),
        ('"Yes," said the mayor"s aide, "the vote is on."', "Yes,"),  # a real quotation beside a possessive
        ('The ministry said the talks were "constructive"so far.', "constructive"),  # no space: still closes
    ],
)
def test_real_quotation_marks_still_count(text: str, quoted: str) -> None:
    """Must not fire: marks not wedged between a letter and a word-final "s" still open and close."""
    assert quoted in [q.text_in(text) for q in find_quotes(text)]
