"""MEETINGS dated by a day that heads the session's own phrase, which is no part of the body's name.

"Tomorrow's Group of Nine meeting", "its Thursday board meeting": the small model hangs the day on a word of the
body's name, so it is no child of the meeting noun; read as written it dates the session (and a day to come plans
it), and a month or weekday before "board" names the sitting's day, not the board. Every sentence is invented;
publication date: Tuesday 2026-04-28.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 4, 28, 10, 0, tzinfo=dt.UTC)


def _only(nlp, text: str):
    [meeting] = extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp))
    return meeting


@pytest.mark.parametrize(
    ("text", "status", "iso"),
    [
        ("Traders await word from tomorrow's Group of Nine meeting in Lisbon.", "planned", "2026-04-29"),
        ("Tomorrow's Group of Nine meeting is viewed as crucial by most brokers.", "planned", "2026-04-29"),
        ("Speaking after today's Group of Nine meeting, Minister Ana Ruiz said no fresh pledge was needed.", "held",
         "2026-04-28"),
    ],
)
def test_a_day_owning_the_sessions_name_dates_it(nlp, text, status, iso):
    meeting = _only(nlp, text)
    assert (meeting.status, meeting.date.iso if meeting.date else None) == (status, iso)


def test_a_weekday_before_board_dates_the_sitting_and_names_no_board(nlp):
    text = "Pellam Tools stock climbed on talk that the firm might unveil a share split at its Thursday board meeting."
    meeting = _only(nlp, text)
    assert [p.name for p in meeting.participants] != ["Thursday board"]
    assert meeting.date is not None and meeting.date.iso == "2026-04-30"


def test_a_month_before_board_names_no_board(nlp):
    meeting = _only(nlp, "Pellam Tools said that at its usual March board meeting directors would weigh a share split.")
    assert not any("March" in p.name for p in meeting.participants)


def test_a_day_governed_by_its_own_preposition_is_no_label(nlp):
    text = "Union leader Marta Kell held talks with Orvane Motors on Thursday's budget plan."
    meeting = _only(nlp, text)
    assert meeting.date is None or meeting.date.text != "Thursday"
