"""MEETINGS told in a relative clause on the subject ("A, who met B, the ..., in X on Monday, said ..."), whose
place and day the small model hangs on A after the counterpart's apposition. Invented names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

import pytest
from spacy.language import Language

from streams.enrich.model import Meeting
from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def run(nlp: Language) -> Callable[..., list[Meeting]]:
    return partial(meetings_in, nlp, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "sides", "place"),
    [
        ("Chief Justice Hanne Lidd, who met the attorney-general, Simon Farrow, in Dublin on Monday, said the talks "
         "went well.", {"Hanne Lidd", "Simon Farrow"}, "Dublin"),  # courts
        ("Health Minister Ola Brenn, who met Dr Tove Marsh, head of the Kelby Hospital Trust, in Leeds on Monday, "
         "said the talks went well.", {"Ola Brenn", "Tove Marsh"}, "Leeds"),  # health
    ],
)
def test_the_place_and_day_after_the_relative_clause_are_its_meetings(run, text, sides, place):
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.location is not None and meeting.location.name == place
    assert meeting.date is not None and meeting.date.text == "Monday"


def test_the_saying_verbs_place_and_day_are_not_the_meetings(run):
    """The place and day after the main verb are the saying's, not the clause's."""
    [meeting] = run("Mayor Janet Orrin, who met Chancellor Piet Vries last year, said in Berlin on Monday that "
                    "funding would rise.")
    assert side_names(meeting) == {"Janet Orrin", "Piet Vries"}
    assert meeting.location is None and (meeting.date is None or meeting.date.text != "Monday")
