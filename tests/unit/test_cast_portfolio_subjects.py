"""A title with its portfolio before a name ("Minister for Culture X Y") opening a clause whose verb is no speech
verb: the parse hangs the name on the title's "for" or compounds the portfolio onto it, and the person is still
the name alone, with the whole title. Invented sentences from several beats, names from many cultures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast, titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Minister for Culture Priya Raman visited the museum on Friday.", "Priya Raman", "Minister for Culture"),
        ("Minister of Sport Priya Raman attended the final.", "Priya Raman", "Minister of Sport"),  # sport
        (
            "Minister for Culture Oluwaseun Adeyemi visited the museum on Friday.",  # culture
            "Oluwaseun Adeyemi",
            "Minister for Culture",
        ),
        (
            "Minister for Housing Thandiwe Mokoena announced a new fund on Monday.",  # local politics
            "Thandiwe Mokoena",
            "Minister for Housing",
        ),
        (
            "Director of Public Health Ana Lopes warned of a rise in cases.",  # health
            "Ana Lopes",
            "Director of Public Health",
        ),
        (
            "Secretary of Agriculture Fatima Zahra Bennani toured the farms.",  # farming
            "Fatima Zahra Bennani",
            "Secretary of Agriculture",
        ),
    ],
)
def test_a_portfolio_before_a_subjects_name_is_the_titles(nlp: Language, text: str, name: str, title: str) -> None:
    assert titles(story_cast(nlp, text)).get(name) == title
