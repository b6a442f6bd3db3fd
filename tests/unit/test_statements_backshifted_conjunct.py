"""A second clause joined by "and" after a report, with a pronoun subject and a past perfect ("X said A and
it had taken pains to B"): the parse hangs it on the cue, and it goes on with what was said."""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in found]


def test_past_perfect_conjunct_with_a_pronoun_goes_on_with_the_report(nlp: Language) -> None:
    text = "Mayor Ilsa Fenn said the budget was too tight and she had cut two posts to balance the books."
    assert run(nlp, text) == [("the budget was too tight and she had cut two posts to balance the books", "Ilsa Fenn")]


def test_plain_past_conjunct_stays_out_of_the_report(nlp: Language) -> None:
    """The parse hangs this plain past on the cue too; it may be the writer's narrative."""
    text = "Coach Rian Dolt said the budget was too tight and he cut two posts on Monday."
    assert run(nlp, text) == [("the budget was too tight", "Rian Dolt")]
