"""Publication dates at the ends of the calendar: valid input, so the article is enriched, never a crash.

A relative phrase ("yesterday", "next Monday", "December 30") is resolved against `published_at`;
near 0001-01-01 or 9999-12-31 the day it names may not exist, and then the date stays unknown.
"""

from __future__ import annotations

import datetime as dt

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.enrich.extractors.meetings.iso_date import resolve_date
from streams.events.deadletter import Origin
from streams.events.outgoing import ArticleProcessor

PHRASES = ["today", "yesterday", "last night", "tomorrow", "Monday", "on Sunday", "next Monday", "last Friday",
           "January 2", "December 30", "March 3, 2024", "3/4/2024", "12.31.99"]
EDGE_DATES = st.dates(max_value=dt.date(1, 1, 20)) | st.dates(min_value=dt.date(9999, 12, 10)) | st.dates()
ORIGIN = Origin("articles.raw", 0, 7, 1_700_000_000.0, "edge")


@settings(deadline=None)  # the first numeric date imports dateparser
@given(EDGE_DATES, st.sampled_from(PHRASES), st.sampled_from([None, "held", "planned", "cancelled"]))
def test_resolve_date_never_raises_whatever_the_publication_date(published, phrase, status):
    result = resolve_date(phrase, published, status)
    assert result is None or dt.date.fromisoformat(result)


@pytest.mark.parametrize(
    ("phrase", "published", "status"),
    [
        ("yesterday", dt.date.min, "held"),
        ("last Friday", dt.date.min, "held"),
        ("tomorrow", dt.date.max, "planned"),
        ("next Monday", dt.date.max, "planned"),
    ],
)
def test_a_day_beyond_the_calendar_stays_unknown(phrase, published, status):
    assert resolve_date(phrase, published, status) is None


def test_a_day_inside_the_calendar_still_resolves_at_its_edge():
    assert resolve_date("yesterday", dt.date.max, "held") == "9999-12-30"
    assert resolve_date("tomorrow", dt.date.min, "planned") == "0001-01-02"


@pytest.mark.parametrize("published_at", ["9999-12-31T23:59:59-12:00", "9999-12-31", "0001-01-01",
                                          "0001-01-01T00:00:00+14:00"])
def test_articles_published_at_the_ends_of_the_calendar_are_enriched(enricher, published_at):
    text = ("The harbour minister met the fisheries envoy yesterday in Tromsdal. They will meet again "
            "next Monday, and the talks resume on December 30. \"We are close,\" the envoy said tomorrow.")
    raw = orjson.dumps({"id": "edge-of-time", "text": text, "published_at": published_at})
    outcome = ArticleProcessor(enricher).process(raw, ORIGIN)
    assert outcome.status == "enriched", outcome.messages[0].value[:400]
    assert outcome.batch is not None and outcome.batch.meetings
