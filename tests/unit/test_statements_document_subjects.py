"""An act cue with a document as its subject ("the bill calls for ...") reports nobody's words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def _statements(nlp: Language, text: str) -> list[Statement]:
    return extract_statements(parse(Article(id="documents", text=text), nlp))


@pytest.mark.parametrize(
    "text",
    [
        "The draft bill calls for a two-year freeze on ticket prices.",
        "The new budget proposes nearly 40 billion crowns in new taxes over four years.",
        "The settlement calls basically for the merger of the two clinics by next spring.",
    ],
)
def test_document_subject_reports_nothing(nlp: Language, text: str) -> None:
    assert _statements(nlp, text) == []


def test_a_person_calling_for_something_still_speaks(nlp: Language) -> None:
    found = _statements(nlp, "Mayor Lena Voss calls for a two-year freeze on ticket prices.")
    assert len(found) == 1
    assert found[0].kind == "indirect" and found[0].cue == "calls for"
    assert found[0].speaker is not None and "Voss" in found[0].speaker.name
    assert "freeze on ticket prices" in found[0].quote
