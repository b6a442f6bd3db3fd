"""That-less reports the parse folds into one clause: the cue read as an adjective, a compound or a clausal
subject of the reported verb ("X insisted flu admissions had doubled", "X is predicting rail fares would
rise"), or a participle after the cue taken for the cue ("X warned estimated losses had ..."); and a
subordinate clause after a cue's object, which is a circumstance, never the report. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.quote, s.cue) for s in statements]


FOLDED = [  # health, transport, farming, retail, schools, utilities
    ("Mr Tuilagi insisted flu admissions had doubled.", ("Tuilagi", "flu admissions had doubled", "insisted")),
    (
        "Chidi Okafor confirmed tram delays had grown since the winter.",
        ("Chidi Okafor", "tram delays had grown since the winter", "confirmed"),
    ),
    (
        "Ravi Menon maintains tram delays had grown since the winter.",
        ("Ravi Menon", "tram delays had grown since the winter", "maintains"),
    ),
    (
        "Chidi Okafor is predicting rail fares would rise in July.",
        ("Chidi Okafor", "rail fares would rise in July", "predicting"),
    ),
    (
        "Hana Sato reckoned planned cuts would hurt rural schools.",
        ("Hana Sato", "planned cuts would hurt rural schools", "reckoned"),
    ),
    (
        "Olga Petrenko warned reported thefts had risen.",
        ("Olga Petrenko", "reported thefts had risen", "warned"),
    ),
    (
        "Nadia Haddad argued estimated losses had reached four million dollars.",
        ("Nadia Haddad", "estimated losses had reached four million dollars", "argued"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOLDED)
def test_folded_cue_reports_the_whole_clause(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert said(nlp, text) == [expected]


NOT_REPORTS = [  # a belief; a circumstance after the cue's object
    "Yusuf Demir believes flu admissions had doubled.",
    "Bjorn Halvorsen confirmed the ferry bookings when the harbour had reopened.",
]


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_no_report_without_a_reported_clause(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []
