"""A cue inside a relative clause whose pronoun is the report's subject ("the timetable, which she said would
cost the depot dearly"): the statement is the predicate after the cue, with the cue's subject as speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[Statement]:
    return extract_statements(parse(Article(id="t", text=text), nlp))


@pytest.mark.parametrize("pronoun", ["which", ", which", "that"])
def test_predicate_after_a_cue_in_a_relative_clause_is_the_statement(nlp: Language, pronoun: str) -> None:
    joint = pronoun if pronoun.startswith(",") else f" {pronoun}"
    text = f"Dock workers rejected the pay offer{joint} Fenna Ostrow said fell short of inflation."
    found = [(s.kind, s.quote, s.speaker.name if s.speaker else None) for s in run(nlp, text)]
    assert found == [("indirect", "fell short of inflation", "Fenna Ostrow")]


def test_speaker_described_after_the_cue_is_still_no_statement(nlp: Language) -> None:
    text = "The ferry will run all winter, a port official said, who asked not to be named."
    [s] = run(nlp, text)
    assert s.quote == "The ferry will run all winter"


def test_relative_clause_without_a_cue_gives_no_statement(nlp: Language) -> None:
    assert run(nlp, "The club signed a young striker, whom Fenna Ostrow scouted last year.") == []


@pytest.mark.parametrize(
    ("head", "predicate"),
    [
        ("The ferry line bought a second boat, which", "would run all winter"),
        ("The league fined the away club that", "had broken the salary cap"),
        ("The board shelved the pension plan which", "was costing too much"),
    ],
)
def test_predicate_after_the_audience_of_a_relative_told_is_the_statement(
    nlp: Language, head: str, predicate: str
) -> None:
    """ "..., which she told reporters would run all winter": the parse reads the pronoun as whom she told."""
    [s] = run(nlp, f"{head} Fenna Ostrow told reporters {predicate}.")
    assert (s.kind, s.quote, s.speaker and s.speaker.name) == ("indirect", predicate, "Fenna Ostrow")


def test_audience_with_a_stranded_preposition_reports_no_predicate_of_its_own(nlp: Language) -> None:
    """ "which the board told reporters about": the pronoun is the preposition's object, no one's subject."""
    text = "Fenna Ostrow said the pension plan which the board told reporters about had stalled."
    assert [s.quote for s in run(nlp, text) if s.quote == "had stalled"] == []
