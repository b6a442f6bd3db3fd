"""`"A," X said, before adding: "B"`: the parse hangs the participle on the first quotation's own verb,
whose subject is the quotation's ("we"); the attribution set beside that clause is who goes on. Invented
sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import load_nlp, parse
from streams.ingest.article import Article


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


@pytest.mark.parametrize(
    "text",
    [
        '"We have never had a stronger order book," Chidinma Okafor said, before adding: "The second half '
        'will be better still."',  # business
        '"The library will stay open as long as I am in charge," Siobhan Gallagher said, before adding: '
        '"Residents deserve better services."',  # local politics
        '"The ice is melting faster than any model predicted," Hiroshi Tanaka said, before adding: "We need '
        'more measurements from the poles."',  # science
        '"We have never lost so many games in a row," Yusuf Demir said, after insisting: "We are still a good '
        'side."',  # sport
    ],
)
def test_a_participle_after_a_tail_attribution_is_the_attributed_speakers(nlp, text):
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    speakers = [s.speaker.name if s.speaker else None for s in statements]
    assert len(speakers) == 2 and speakers[0] is not None and speakers[1] == speakers[0]
