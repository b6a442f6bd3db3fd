"""Firms named after their founders ("Tanaka and Partners", "Novak & Sons", "Haddad Brothers") are organisations,
not a person and a body. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import Cast, cast_of
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def cast(nlp: Language, text: str) -> Cast:
    return cast_of(parse(Article(id="t", text="The story went on this week.\n\n" + text), nlp).doc)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Tanaka and Partners said the fees were fair.", "Tanaka and Partners"),  # law
        ("Wojcikowski and Partners said the audit was late.", "Wojcikowski and Partners"),  # business
        ("Visser and Partners said the design would change.", "Visser and Partners"),  # architecture, local
        ("Adeyemi and Partners said the clinic would open.", "Adeyemi and Partners"),  # health
    ],
)
def test_a_surname_and_a_company_word_is_one_firm(nlp: Language, text: str, firm: str) -> None:
    c = cast(nlp, text)
    assert firm in {o.name for o in c.organisations}
    assert c.people == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Haddad Brothers said the yard would close.", "Haddad Brothers"),  # business
        ("Karimi Brothers said the ferry would run again.", "Karimi Brothers"),  # transport
        ("Wojcikowski Brothers said the stadium roof was safe.", "Wojcikowski Brothers"),  # sport
    ],
)
def test_a_surname_before_brothers_or_sons_names_a_firm(nlp: Language, text: str, firm: str) -> None:
    c = cast(nlp, text)
    assert [(o.name, o.kind) for o in c.organisations if o.name == firm] == [(firm, "org")]
    assert c.people == []


def test_people_named_with_and_stay_people(nlp: Language) -> None:
    c = cast(nlp, "Ana Ruiz and Tomas Lind said the vote was fair.")  # local politics: no company word
    assert {p.name for p in c.people} == {"Ana Ruiz", "Tomas Lind"}
