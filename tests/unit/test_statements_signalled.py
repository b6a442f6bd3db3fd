"""Verbs of signalling ahead ("has foreshadowed that ...", "has flagged that ..."): common in Australian news
for what an official says will happen. They report speech only with a clause; "flagged the striker offside",
"the frost foreshadowed a hard winter" say nothing. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str, str | None]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote, s.cue) for s in statements]


SIGNALLED = [  # culture, local government, finance, health
    (
        "Ms Carmen Ruiz has foreshadowed that the museum will charge entry fees next year.",
        ("Carmen Ruiz", "indirect", "the museum will charge entry fees next year", "foreshadowed"),
    ),
    (
        "Minister Tariq Aziz has flagged that the council rates will rise in July.",
        ("Tariq Aziz", "indirect", "the council rates will rise in July", "flagged"),
    ),
    (
        "The treasurer, Ingrid Dahl, flagged a second budget could follow in the spring.",
        ("Ingrid Dahl", "indirect", "a second budget could follow in the spring", "flagged"),
    ),
    (
        "Health chief Kwabena Owusu foreshadowed that two rural clinics may close.",
        ("Kwabena Owusu", "indirect", "two rural clinics may close", "foreshadowed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNALLED)
def test_signalling_verb_with_a_clause_reports_it(nlp: Language, text: str, expected) -> None:
    assert said(nlp, text) == [expected]


NO_SPEECH = [
    "The linesman flagged the striker offside twice.",
    "The early frost foreshadowed a hard winter for the growers.",
    "Aiyana Redcloud flagged down a taxi outside the station.",
]


@pytest.mark.parametrize("text", NO_SPEECH)
def test_signalling_verb_without_a_clause_reports_nothing(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []
