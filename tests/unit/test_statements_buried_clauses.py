"""A reported clause the parse buried under the cue's object or adjunct (`buried_clauses`): a finite verb after
the cue with a subject of its own that the parse hung as a relative clause is what the speaker said; one whose
subject is a relative pronoun, or that hangs under an adjunct with no "that" before it, is not. And a clause
fronted before its cue, going on after it with "but", keeps both parts without the attribution."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in found]


def test_clause_after_a_fronted_infinitive_is_reported(nlp: Language) -> None:
    text = "Gorran Steel said to keep its order book full it will cut prices for the coming quarter."
    assert run(nlp, text) == [("to keep its order book full it will cut prices for the coming quarter", "Gorran Steel")]


def test_that_clause_after_the_told_audience_and_adjuncts_is_reported(nlp: Language) -> None:
    text = (
        "The envoy told journalists at the station on reaching the capital for talks that grain shipments had "
        "risen every month and would keep rising."
    )
    assert [q for q, _ in run(nlp, text)] == ["grain shipments had risen every month and would keep rising"]


@pytest.mark.parametrize(
    "text",
    [
        "Edda Lorn said so at a dinner the guild gave in her honour.",
        "The minister told a meeting which was held in Dunmore about the new road.",
        "The committee laid out a rota under which the harbour master would assign berths by tonnage.",
    ],
)
def test_relative_clause_on_an_adjunct_or_with_its_pronoun_is_no_report(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


def test_buried_clause_never_holds_a_trailing_attribution(nlp: Language) -> None:
    text = (
        "The first part was a new fee scale, while the second laid out a rota under which the harbour master "
        "would assign berths by tonnage, the planners said."
    )
    assert not any("planners said" in q for q, _ in run(nlp, text))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "This is the first season the club is playing in a league, they said, but players from Orvik might "
            "be unable to travel owing to the cost.",
            "This is the first season the club is playing in a league but players from Orvik might be unable "
            "to travel owing to the cost",
        ),
        (
            "The harvest in the valley was thought likely to suffer from the late frost, Mira Kolb said, but by "
            "her own count the damage was slight.",
            "The harvest in the valley was thought likely to suffer from the late frost but by her own count the "
            "damage was slight",
        ),
    ],
)
def test_fronted_clause_going_on_after_its_cue_keeps_both_parts(nlp: Language, text: str, quote: str) -> None:
    assert [q for q, _ in run(nlp, text)] == [quote]
