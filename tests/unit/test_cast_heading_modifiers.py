"""A word that qualifies a title ("chief executive", "attorney general", "chief justice") is an office of its
own where it ends the title: the police chief, the chief justice and the attorney general stand for a side at
talks as the governor does. A trade stays a trade ("the coach"), and a qualifier before its title stays a
qualifier ("press secretary"). Invented sentences from several beats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

import pytest
from spacy.language import Language

from streams.enrich.cast import is_office_title
from streams.enrich.model import Meeting
from tests.unit.readers import meetings_in

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp: Language) -> Callable[..., list[Meeting]]:
    return partial(meetings_in, nlp, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("The governor met the police chief on Tuesday.", {"governor", "police chief"}),  # local politics
        ("The justice minister met the chief justice on Monday.", {"justice minister", "chief justice"}),  # courts
        ("Governor Ana Ruiz met the attorney general in Quito on Friday.", {"Governor", "attorney general"}),
        ("The health minister met the union chief on Wednesday.", {"health minister", "union chief"}),  # health
        ("The general met rebel commanders in Juba on Friday.", {"general", "rebel commanders"}),  # international
    ],
)
def test_a_qualifier_ending_the_title_is_a_side_at_talks(meetings, text: str, titles: set[str]) -> None:
    found = meetings(text)
    assert len(found) == 1 and {p.title for p in found[0].participants} == titles


def test_a_trade_is_no_side_at_talks(meetings) -> None:
    assert meetings("The coach met the players on Monday.") == []  # sport


@pytest.mark.parametrize(("word", "office"), [("chief", True), ("general", True), ("justice", True),
                                              ("press", False), ("acting", False), ("coach", False)])
def test_which_title_words_are_offices(word: str, office: bool) -> None:
    assert is_office_title(word) is office
