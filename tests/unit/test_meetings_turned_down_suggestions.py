"""MEETINGS: one side's suggestion of talks, turned down (invented sentences)."""

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
    "Earlier this year, Halvorsen Corp suggested holding talks with Brightwater Ltd on a merger but was rebuffed.",
    "Mayor Teodor Hale proposed holding talks with the county council on the budget, but the idea was rejected.",
    "The drivers union suggested meeting Orwell Transit Co to discuss pay, but Orwell Transit Co declined.",
])
def test_suggestion_turned_down_is_no_meeting(meetings, text):
    assert meetings(text) == []


def test_suggestion_with_an_occasion_turned_down_is_called_off(meetings):
    text = (
        "Halvorsen Corp suggested holding talks with Brightwater Ltd in Lima on Friday, "
        "but Brightwater rejected the idea."
    )
    [meeting] = meetings(text)
    assert meeting.status == "cancelled"
    assert {p.name for p in meeting.participants} == {"Halvorsen Corp", "Brightwater Ltd"}


def test_suggestion_alone_stays_planned(meetings):
    [meeting] = meetings("Halvorsen Corp suggested holding talks with Brightwater Ltd on a merger.")
    assert meeting.status == "planned"


def test_something_else_rejected_keeps_the_plan(meetings):
    text = "Halvorsen Corp suggested holding talks with Brightwater Ltd. The bill was rejected by the senate."
    [meeting] = meetings(text)
    assert meeting.status == "planned"
