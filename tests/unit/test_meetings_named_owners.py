"""A body named in front of a talks noun holds the talks with the side after "with" ("the Harlow Fund review
talks with Norway"), as its possessive would. Invented sentences, publication date Thursday 2024-03-14."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article

THURSDAY = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


def _meetings(nlp, text: str):
    return extract_meetings(parse(Article(id="t", text=text, published_at=THURSDAY), nlp))


@pytest.mark.parametrize(
    ("beat", "text", "sides"),
    [
        ("economy", "Its budget plan was shaped by the yearly Harlow Fund discussions "
                    "with Norway.", {"Harlow Fund", "Norway"}),
        ("business", "Officials said the Halvorsen Corp negotiations with Tarrow Mining ended on Monday.",
         {"Halvorsen Corp", "Tarrow Mining"}),
        ("health", "Staff said the Verity Health Inc discussions with Selby Pharma ended last month.",
         {"Verity Health Inc", "Selby Pharma"}),
    ],
)
def test_a_named_owner_in_front_of_the_talks_is_a_side(nlp, beat, text, sides):
    [meeting] = _meetings(nlp, text)
    assert {p.name for p in meeting.participants} == sides, beat
    assert meeting.status == "held", beat


@pytest.mark.parametrize(
    "text",
    [
        "The Halvorsen Corp board meeting approved the budget plan on Monday.",
        "The Kestrel Rovers match with the Dunmore league ended in a draw.",
        "The Tolliver Institute relations with Norway have improved.",
    ],
)
def test_a_named_owner_alone_or_no_talks_is_no_encounter(nlp, text):
    assert _meetings(nlp, text) == []
