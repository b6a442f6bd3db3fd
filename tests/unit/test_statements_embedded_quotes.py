"""Reports that carry a quotation inside them (extractors/statements/embedded.py): the quotation is a
statement, and so is the reported claim around it, unless the quotation only completes the reported clause.
Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said

LEAD = "The story went on this week.\n\n"

BOTH = [
    (  # local politics: a quoted predicate coordinated with the reported one closes the sentence
        'Mayor Odile Farkas said the bypass takes heavy traffic out of the old town and "makes the square safe '
        'for children again."',
        [
            ("Odile Farkas", "indirect", "the bypass takes heavy traffic out of the old town"),
            ("Odile Farkas", "direct", "makes the square safe for children again."),
        ],
    ),
    (  # labour: the report and the quotation are separate clauses after one cue
        'Union leader Pavel Dragan told reporters that overtime cuts were hurting night crews, but that a fresh '
        'contract would "end a dispute that has dragged on for years."',
        [
            ("Pavel Dragan", "indirect", "overtime cuts were hurting night crews"),
            ("Pavel Dragan", "direct", "end a dispute that has dragged on for years."),
        ],
    ),
    (  # business: a quoted term inside a report that goes on after it
        'Harwick Mills said the new rules limit future changes to the scheme, define "core suppliers" and permit '
        "the board to end the scheme once members vote for it.",
        [
            (
                "Harwick Mills",
                "indirect",
                'the new rules limit future changes to the scheme, define "core suppliers" and permit the board '
                "to end the scheme once members vote for it",
            ),
            ("Harwick Mills", "direct", "core suppliers"),
        ],
    ),
    (  # culture: the quoted phrase sits inside a noun phrase the clause carries on past
        'Curator Wenna Ostrow said the touring show was drawing crowds despite a "modest slump" in ticket sales '
        "over the summer.",
        [
            (
                "Wenna Ostrow",
                "indirect",
                'the touring show was drawing crowds despite a "modest slump" in ticket sales over the summer',
            ),
            ("Wenna Ostrow", "direct", "modest slump"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "statements"), BOTH)
def test_the_report_stands_beside_its_quotation(
    nlp: Language, text: str, statements: list[tuple[str, str, str]]
) -> None:
    assert said(nlp, LEAD + text) == statements


FRAMES = [
    # health: the quotation is the copula's complement
    ('Dr Ilse Vranken said the new ward was "a lifeline for the whole valley."', "a lifeline for the whole valley."),
    # diplomacy: the quotation is a purpose the clause needs
    ('Envoy Tariq Benali said options were being studied "to avoid a new crisis on the border" at the talks in May.',
     "to avoid a new crisis on the border"),
    # local politics: a place after the quotation does not carry the clause on
    ('Councillor Bram Tessel said talks were being held "to keep the last bus route running" in Lower Vale.',
     "to keep the last bus route running"),
    # sport: a bare subject before a quoted predicate is no claim of its own
    ('Redmoor Rovers observed that both clubs "promised to stage a rematch in the spring."',
     "promised to stage a rematch in the spring."),
]


@pytest.mark.parametrize(("text", "quote"), FRAMES)
def test_a_quotation_that_completes_the_report_stands_alone(nlp: Language, text: str, quote: str) -> None:
    statements = said(nlp, LEAD + text)
    assert [(kind, q) for _, kind, q in statements] == [("direct", quote)]
