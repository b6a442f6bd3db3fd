"""Labels given by a naming or verdict verb ("described X as Y", "called X Y", "what X called Y"): the
statement is the label alone where the thing labelled stands outside it ("what X called Y", "a move X
called Y"), and the verdict from its verb where an unquoted label judges an object named after the verb
("called the penalty a disgrace"); the speaker is whoever gave it, and a group the article never names
stays unnamed. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.quote, s.cue) for s in statements]


LABELS = [
    (  # trade: relative clause with "as", an unnamed group
        "Grain exports fell after the levy rose, a move that farmers in the east described as unfair.",
        (None, "unfair", "described"),
    ),
    (  # labour: relative clause with "as", a named person
        "The board froze wages, a step that union leader Ines Marquez described as reckless.",
        ("Ines Marquez", "reckless", "described"),
    ),
    (  # local politics: "what X called"
        "The council approved what Councillor Rafael Ortega called a betrayal of tenants.",
        ("Rafael Ortega", "a betrayal of tenants", "called"),
    ),
    (  # science: "which X described as"
        "The agency cut the rover budget, which geologist Lena Sorensen described as short-sighted.",
        ("Lena Sorensen", "short-sighted", "described"),
    ),
    (  # sport: a contact relative clause with no relative pronoun
        "The league banned the striker, a decision Tariq Haddad has called a mistake.",
        ("Tariq Haddad", "a mistake", "called"),
    ),
    (  # transport: a contact relative clause the parse folds into the subject, an unnamed group
        "Fares rose in May, a step commuters have called a scandal.",
        (None, "a scandal", "called"),
    ),
    (  # sport
        "The club sold its captain, a decision fans have called a betrayal.",
        (None, "a betrayal", "called"),
    ),
    (  # sport: "called X Y"
        "Coach Tariq Haddad called the penalty a disgrace.",
        ("Tariq Haddad", "called the penalty a disgrace", "called"),
    ),
    (  # diplomacy: "described X as Y", an organisation
        "The Harlow Institute described the border talks as frank.",
        ("Harlow Institute", "described the border talks as frank", "described"),
    ),
    (  # business: "branded X Y"
        "Investor Mei Tanaka branded the merger a failure.",
        ("Mei Tanaka", "branded the merger a failure", "branded"),
    ),
    (  # labour: "labelled X Y", an unnamed group
        "Residents labelled the zoning plan a disaster.",
        (None, "labelled the zoning plan a disaster", "labelled"),
    ),
    (  # local politics: "termed X Y"
        "Mayor Olu Bankole termed the result a setback.",
        ("Olu Bankole", "termed the result a setback", "termed"),
    ),
    (  # diplomacy: a verdict verb with "as"
        "Foreign Minister Anika Rautio hailed the deal as a breakthrough.",
        ("Anika Rautio", "hailed the deal as a breakthrough", "hailed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_label_is_the_statement(nlp: Language, text: str, expected: tuple[str | None, str, str]) -> None:
    assert expected in said(nlp, text)


NOT_LABELS = [
    "Union leaders called a strike.",  # labour: "call" convenes, names nothing
    "This week the dockers called a strike.",  # labour: a time phrase before the subject is no gap
    "The officials who called the meeting left early.",  # diplomacy: the relative is the subject
    "The mayor called the meeting last week.",  # local politics
    "The deal collapsed, the union leaders called a strike.",  # labour: a clause before, but no named thing
    "The referee called off the match.",  # sport
    # "call" + an adjunct that only looks like "called for/on": convening or phoning, not a demand
    "Union leaders called a strike for Monday.",  # labour
    "The coach called the players together on Friday.",  # sport
    "Prime Minister Sven Ferrante called her on Monday.",  # diplomacy
    "The chair called the vote for noon.",  # local politics
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents called again for a public inquiry.", (None, "called again for a public inquiry", "called for")),
        ("Coach Tariq Haddad called on fans to stay.", ("Tariq Haddad", "called on fans to stay", "called on")),
    ],
)
def test_demand_past_an_adverb(nlp: Language, text: str, expected: tuple[str | None, str, str]) -> None:
    assert expected in said(nlp, text)


@pytest.mark.parametrize("text", NOT_LABELS)
def test_calling_without_a_label_is_no_statement(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []
