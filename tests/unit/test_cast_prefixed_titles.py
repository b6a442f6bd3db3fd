"""A title written as one hyphenated word before a name ("film-maker", "co-founder") is the whole word, not its
last piece, and no part of the person's name. Every name is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def _speaker_titles(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name, s.speaker.title) if s.speaker else (None, None) for s in statements]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Film-maker Ines Kalla said the festival would go on.", "Film-maker"),
        ("Co-founder Maren Toft said the firm would expand.", "Co-founder"),
        ("The award-winning film-maker Ines Kalla said the festival would go on.", "film-maker"),
        ("Vice-President Ines Kalla said the budget would pass.", "Vice-President"),
    ],
)
def test_the_title_is_the_whole_word(nlp: Language, text: str, title: str) -> None:
    assert [t for _, t in _speaker_titles(nlp, text)] == [title]


def test_a_hyphenated_given_name_is_no_title(nlp: Language) -> None:
    text = "Hye-jin Kwon said the drug had cut relapse rates."
    assert _speaker_titles(nlp, text) == [("Hye-jin Kwon", None)]
