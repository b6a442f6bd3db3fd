"""A bare "the ministry" that speaks before any ministry is named is the one body the article names with that
word after it ("The ministry has confirmed ... The Health Ministry says ..."); with two such bodies later it
names no one. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # health
            "Two clinics closed on Monday. The ministry has confirmed more nurses are needed. "
            "The road was closed for three hours. The Health Ministry says the clinics will reopen in May.",
            "Health Ministry",
        ),
        (  # environment
            "The river turned brown overnight. The agency has confirmed the water is unsafe. "
            "Dozens of people gathered outside. The Environment Protection Agency says the spill is contained.",
            "Environment Protection Agency",
        ),
        (  # elections
            "Voting ended at six. The commission says the count will take a week. "
            "The figures were released on Monday. The Electoral Commission says turnout was low.",
            "Electoral Commission",
        ),
    ],
)
def test_the_bare_body_is_the_one_named_after_it(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body, body]


def test_two_bodies_so_named_later_leave_it_unnamed(nlp: Language) -> None:
    """Local politics: a health and an education department later, so "the department" is neither."""
    text = (
        "The school reopened on Monday. The department has announced the roof is safe. "
        "The Health Department says no one was hurt. The Education Department says classes resume on Friday."
    )
    assert speakers(nlp, text)[0] is None
