"""The clause before a sentence-closing cue that the parse did not hang on it (`trailing_cues`): with a short
subject phrase set off by a comma and nothing after the cue but its adjuncts, the clause is what was said. A
cue with an object of its own, one in a relative clause, and a second clause opened by "but" are no such
attribution."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def quotes(nlp: Language, text: str) -> list[str]:
    return [s.quote for s in extract_statements(parse(Article(id="t", text=text), nlp))]


def test_inverted_clause_before_a_trailing_cue_is_reported(nlp: Language) -> None:
    text = "Named to the council were Ivo Lask, Petra Maal, Dan Orr, and Rita Sole, the firm said."
    assert quotes(nlp, text) == ["Named to the council were Ivo Lask, Petra Maal, Dan Orr, and Rita Sole"]


@pytest.mark.parametrize(
    "text",
    [
        "The Varn fleet made no catch in the northern grounds, but a harbour official predicted a better season.",
        "Tolls on the Varn bridge rose in March, or on roads Ostland built last year.",
        "In the second half ended June 30, the company said.",
    ],
)
def test_no_clause_is_taken_for_a_cue_that_closes_no_attribution(nlp: Language, text: str) -> None:
    assert not any(q.startswith(text[:20]) for q in quotes(nlp, text))
