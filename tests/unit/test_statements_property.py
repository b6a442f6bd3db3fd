"""Property: any text survives parse + extract_statements with offsets inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article

FRAGMENTS = [
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "\n\n",
    "\n",
    " ",
    ", ",
    ". ",
    ":",
    "\x00",
    "\x0b",
    " he said",
    " said ",
    "According to ",
    " told reporters that ",
    "the minister noted",
    "Minister Lena Sorby",
    " the ministry ",
    " it ",
    "Brask",
    "x" * 300,
]


articles = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=articles)
def test_any_text_yields_statements_inside_the_text(nlp: Language, text: str) -> None:
    for s in extract_statements(parse(Article(id="p", text=text), nlp)):
        assert 0 <= s.span.start < s.span.end <= len(text)
        assert s.quote
        assert s.quote.split()[0] in text[s.span.start : s.span.end]
        assert s.kind in ("direct", "indirect")
