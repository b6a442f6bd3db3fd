"""MEETINGS: a body's own board or committee in session is no encounter (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    def run(text: str) -> list[Meeting]:
        return extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp))

    return run


@pytest.mark.parametrize("text", [
    "Halvorsen Corp said it approved the dividend at a regular meeting of the board of directors.",
    "The drivers union elected a new leader at a meeting of its executive committee on Monday.",
    "The Selvanian government said it approved the treaty at a special meeting of its cabinet.",
])
def test_own_organ_in_session_is_no_meeting(meetings, text):
    assert meetings(text) == []


def test_a_person_at_the_board_meeting_keeps_it(meetings):
    [meeting] = meetings("Lina Farro presented the plan at a meeting of the board of directors of Brightwater Ltd.")
    assert "Lina Farro" in {p.name for p in meeting.participants}
    assert meeting.status == "held"


def test_another_body_at_a_meeting_keeps_it(meetings):
    [meeting] = meetings("Halvorsen Corp said it approved the dividend at a meeting with Brightwater Ltd.")
    assert {p.name.split()[0] for p in meeting.participants} == {"Halvorsen", "Brightwater"}
