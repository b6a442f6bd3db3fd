"""Hyphenated given names the small model splits or drops, after multi-word titles, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast


def people(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.title) for e in story_cast(nlp, text).people]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Chief Justice Min-jun Baek said the appeal had no merit.", "Min-jun Baek", "Chief Justice"),  # courts
        ("The levy was scrapped, Deputy Mayor Min-jun Baek said.", "Min-jun Baek", "Deputy Mayor"),  # local politics
        ("On Monday Chief Executive Ji-woo Seo announced a review of the refinery.", "Ji-woo Seo", "Chief Executive"),
        ("Health Secretary Seo-yeon Lim said the wards would reopen.", "Seo-yeon Lim", "Health Secretary"),  # health
    ],
)
def test_a_hyphenated_given_name_after_an_office_title_is_one_titled_person(
    nlp: Language, text: str, name: str, title: str
) -> None:
    assert people(nlp, text) == [(name, title)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deputy Prime Minister Ji-woo Seo said the treaty would be signed.", "Ji-woo Seo"),  # international
        ("Foreign Minister Seo-yeon Lim said the border would stay open.", "Seo-yeon Lim"),
        ("Coach Hye-jin Kwon said the squad had trained well.", "Hye-jin Kwon"),  # sport
    ],
)
def test_the_lower_case_end_of_a_hyphenated_given_name_stays_in_the_name(nlp: Language, text: str, name: str) -> None:
    assert [n for n, _ in people(nlp, text)] == [name]
