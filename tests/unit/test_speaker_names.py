"""Speakers whose names the small model misreads: given names it has never met, surname particles,
hyphens, and the descriptions that refer back to them. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def speakers(nlp: Language, text: str) -> list[str | None]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    assert statements, "no statement found"
    return [s.speaker.name if s.speaker else None for s in statements]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rajvinder Kumar Sandhu, 54, said the plant would reopen in March.", "Rajvinder Kumar Sandhu"),
        ("Rajvinder Kumar Sandhu told reporters the striker would be fit by Sunday.", "Rajvinder Kumar Sandhu"),
        ("Laylani Haddour of the Tenants Union said the council would freeze rents.", "Laylani Haddour"),
        ("Thandeka Zwane of the Coastal Survey Institute said the reef trial would expand.", "Thandeka Zwane"),
    ],
)
def test_a_given_name_english_does_not_know_stays_with_the_name(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spokesperson Marijke de Graaf said the ferry line would close in May.", "Marijke de Graaf"),
        ("Spokesperson Jean-Remy Castagne said the club would appeal the ban.", "Jean-Remy Castagne"),
        ("Spokesperson Joost van der Meulen said the envoys would meet again.", "Joost van der Meulen"),
    ],
)
def test_a_title_before_a_name_with_particles_or_hyphens_is_no_part_of_it(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Velloso, the general secretary of the bus drivers' union, spoke on Monday. "
        '"We will not back down," the veteran union leader said.',
        'Ana Velloso, the coach of Harbour City, spoke on Monday. "We will fight," the long-serving coach said.',
        'Ana Velloso is the deputy foreign minister. "We will keep talking," the seasoned diplomat said.',
        'Ana Velloso, the chief executive of Ravelin Foods, spoke on Monday. "We will grow," the outspoken boss said.',
    ],
)
def test_a_description_with_adjectives_is_the_person_who_holds_the_office(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == ["Ana Velloso"]


def test_an_unnamed_voice_of_a_body_stays_unnamed(nlp: Language) -> None:
    text = 'Ana Velloso, the chief executive, spoke on Monday. "We will grow," a union official said.'
    assert speakers(nlp, text) == [None]
