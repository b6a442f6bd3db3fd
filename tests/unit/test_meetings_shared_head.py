"""MEETINGS with two bodies told under one plural head: "the Corlin and Dunmere Port Authorities" are the Corlin
Port Authority and the Dunmere Port Authority, each a side named in the singular. A plural that names no kind
of institution ("Smith and Jones Associates") is one firm, and two bodies each named in full stay as written.
All people and bodies are invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # business: the first name read apart, the second with the plural head
        ("Halvorsen Corp held talks with the Aston and Belmar Stock Exchanges on Monday.",
         {"Aston Stock Exchange", "Belmar Stock Exchange", "Halvorsen Corp"}),
        # local politics: "-ies" made singular
        ("Mayor Lena Sorb met the Corlin and Dunmere Port Authorities to discuss the budget.",
         {"Corlin Port Authority", "Dunmere Port Authority", "Lena Sorb"}),
        # health: the whole read as one name, the pair the subject
        ("The Harwick and Lindell Health Boards met Health Minister Karl Ostrander on Friday.",
         {"Harwick Health Board", "Lindell Health Board", "Karl Ostrander"}),
        # sport
        ("Halvorsen Corp held talks with the Aston and Belmar Football Clubs on Monday.",
         {"Aston Football Club", "Belmar Football Club", "Halvorsen Corp"}),
    ],
)
def test_a_shared_plural_head_gives_two_bodies(nlp: Language, text: str, sides: set[str]) -> None:
    assert [side_names(m) for m in meetings_in(nlp, text, published=PUBLISHED)] == [sides]


def test_a_plural_that_names_no_institution_is_not_shared(nlp: Language) -> None:
    meetings = meetings_in(nlp, "Halvorsen Corp held talks with Aston and Belmar Associates on Monday.",
                           published=PUBLISHED)
    assert not any(name.endswith(" Associate") for m in meetings for name in side_names(m))


def test_two_bodies_named_in_full_stay_as_written(nlp: Language) -> None:
    text = "Halvorsen Corp held talks with the Aston Stock Exchange and the Belmar Port Authority on Monday."
    assert [side_names(m) for m in meetings_in(nlp, text, published=PUBLISHED)] == [
        {"Aston Stock Exchange", "Belmar Port Authority", "Halvorsen Corp"}]
