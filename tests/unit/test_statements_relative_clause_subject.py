"""A that-less report whose subject ends in a relative clause set off by commas ("said the crew's
bargaining team, which speaks for 900 drivers, had not accepted"): the parse reads the subject as the cue's object,
and the comma closing the relative clause joins nothing, so the report still starts at that subject.
Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.quote) for s in statements]


def test_the_report_starts_at_the_subject_before_the_relative_clause(nlp: Language) -> None:
    labour = "Ron Castell said the crew's bargaining team, which speaks for 900 drivers, had not accepted the offer."
    sport = "Mira Quandt said officials from the club, which plays in the north, have not met."
    assert said(nlp, labour) == [
        ("Ron Castell", "the crew's bargaining team, which speaks for 900 drivers, had not accepted the offer")
    ]
    assert said(nlp, sport) == [("Mira Quandt", "officials from the club, which plays in the north, have not met")]


def test_a_real_object_then_a_participle_is_not_the_report(nlp: Language) -> None:
    text = "Ana Ruiz announced the deal, which the council approved on Monday, adding it would create jobs."
    assert said(nlp, text) == [("Ana Ruiz", "it would create jobs")]
