"""MEETINGS attributes on every beat: status, mode, place and date of the encounter each clause tells.

Every sentence is invented (people, companies, unions and clubs are made up; cities and countries are
real so that places can be checked). Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def run(nlp):
    def extract(text: str) -> list[Meeting]:
        return extract_meetings(parse(Article(id="a", text=text, published_at=PUBLISHED), nlp))

    return extract


def _only(meetings: list[Meeting]) -> Meeting:
    assert len(meetings) == 1, [[p.name for p in m.participants] for m in meetings]
    return meetings[0]


# --- mode: the verb "meet" brings the sides together, whenever it happens ------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("labour", "Dock Workers Guild secretary Ivo Brandt will meet Harbour Minister Petra Lind next month."),
        ("sport", "Club chairman Oskar Vale will meet coach Dario Penn after the season."),
        ("science", "Astronomer Lena Stroud is to meet the board of the Norlab Institute."),
    ],
)
def test_a_planned_meet_is_face_to_face(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, meeting.mode) == ("planned", "in_person"), beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "A meeting between Orvane Motors and the Metalworkers Union is planned for next month."),
        ("sport", "The next meeting between club chairman Oskar Vale and coach Dario Penn is expected in April."),
    ],
)
def test_a_planned_meeting_noun_keeps_its_channel_open(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, meeting.mode) == ("planned", "unknown"), beat


def test_a_planned_meet_by_video_stays_video(run):
    meeting = _only(run("Health Minister Ida Ravn will meet virtually with Mayor Paula Grant on Friday."))
    assert (meeting.status, meeting.mode) == ("planned", "video")
