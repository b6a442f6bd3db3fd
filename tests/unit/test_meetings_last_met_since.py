"""Sides that "have not met since" a date last met on that day: the encounter was held then. "never", an
undated "since the strike" or "for two years" deny any. Invented sentences, publication date 2024-03-14."""

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
        ("business", "Halvorsen Corp has not held talks with Tarrow Mining since February 13.",
         {"Halvorsen Corp", "Tarrow Mining"}),
        ("local politics", "Quillon County Council and Brightwater Ltd are at odds over the plan.\n\nThe two sides "
                           "have not held a bargaining session since February 13.",
         {"Quillon County Council", "Brightwater Ltd"}),
        ("health", "Verity Health Inc and Marlow Pharma have not met since February 13, officials said.",
         {"Verity Health Inc", "Marlow Pharma"}),
    ],
)
def test_not_met_since_a_date_was_held_that_day(nlp, beat, text, sides):
    [meeting] = _meetings(nlp, text)
    assert {p.name for p in meeting.participants} == sides, beat
    assert meeting.status == "held", beat
    assert meeting.date is not None and meeting.date.text == "February 13", beat


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen Corp has not held talks with Tarrow Mining since the strike.",
        "Verity Health Inc and Marlow Pharma have not met for two years.",
        "Verity Health Inc and Marlow Pharma have not held talks since 2019.",
        "Quillon County Council and Brightwater Ltd are at odds.\n\nThe two sides have never met.",
    ],
)
def test_no_dated_last_encounter_is_none(nlp, text):
    assert _meetings(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Halvorsen Corp has not held talks with Tarrow Mining since July 2.", "2023-07-02"),
        ("Verity Health Inc and Marlow Pharma have not met since May 20, officials said.", "2023-05-20"),
    ],
)
def test_a_last_encounter_months_ahead_in_the_calendar_was_last_year(nlp, text, iso):
    [meeting] = _meetings(nlp, text)
    assert meeting.status == "held"
    assert meeting.date is not None and meeting.date.iso == iso


def test_a_planned_day_months_ahead_stays_ahead(nlp):
    [meeting] = _meetings(nlp, "Halvorsen Corp will meet Tarrow Mining on July 2.")
    assert meeting.date is not None and meeting.date.iso == "2024-07-02"
