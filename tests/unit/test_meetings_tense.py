"""MEETINGS status from the tense of the clause that tells the encounter, on every beat.

A past tense reports ("travelled to X to meet Y"); a present tense schedules when it is dated ("meets Y
on Friday", "the meeting is on Friday") or when the encounter is its purpose ("is in X to meet Y",
"heads to X for talks with Y"), as does "ahead of talks"; an undated present is a headline's and
reports. Every sentence is invented; publication date: Thursday 2026-03-12, so "Friday" ahead is 2026-03-13.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("beat", "text", "status", "iso"),
    [
        ("local government", "Governor Sam Holt is in Denver to meet Mayor Paula Grant.", "planned", None),
        ("diplomacy", "President Ana Ruiz heads to Vienna for talks with Chancellor Piet Vries.", "planned", None),
        ("labour", "Orvane Motors meets the Metalworkers Union on Friday.", "planned", "2026-03-13"),
        ("business", "The meeting between Orvane Motors and the Metalworkers Union is on Friday.", "planned",
         "2026-03-13"),
        ("science", "The board of the Norlab Institute gathers on Tuesday with Mayor Paula Grant.", "planned",
         "2026-03-17"),
        ("diplomacy", "President Ana Ruiz arrived in Vienna on Monday ahead of talks with Chancellor Piet Vries.",
         "planned", None),
        ("labour", "The Bakers Union held a ballot ahead of talks with Dalby Foods.", "planned", None),
        ("local government", "Governor Sam Holt travelled to Denver on Monday to meet Mayor Paula Grant.", "held",
         "2026-03-09"),
        ("labour", "Orvane Motors met the Metalworkers Union on Friday.", "held", "2026-03-06"),
        ("sport", "Coach Marco Vitti is meeting club president Elena Ross today.", "held", "2026-03-12"),
        ("diplomacy", "President Ana Ruiz meets Chancellor Piet Vries in Vienna.", "held", None),
        ("business", "Orvane Motors chief executive Lisa Brandt has met Mayor Paula Grant.", "held", None),
    ],
)
def test_status_follows_the_tense(nlp, beat, text, status, iso):
    [meeting] = extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp))
    assert meeting.status == status, beat
    assert (meeting.date.iso if meeting.date else None) == iso


def test_acting_ahead_of_a_meeting_is_no_side_without_a_name(nlp):
    text = "Shares of Keltra Energy rose ahead of a meeting with regulators."
    assert extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp)) == []


def test_a_planned_meeting_without_a_place_has_no_known_mode(nlp):
    text = "The meeting between Orvane Motors and the Metalworkers Union is on Friday."
    [meeting] = extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp))
    assert (meeting.status, meeting.mode) == ("planned", "unknown")
