"""MEETINGS whose place or day is given when the article tells the same encounter again: "the A-B meeting is to be
held in Y" (several sentences on), "A offered a cut in Friday's talks in Y", "the ministers, due to meet in Y on
Monday" (which also dates talks told first as "next week"); a bare "the meeting" right after. A place that belongs
to another event (a trip home, a later vote, another sitting, a summit named for another town) is not the
encounter's.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "place"), [
    ("Aides said the deal would be signed at a meeting next month between Trade Minister Anna Korvel and "
     "Commissioner Piet Vandam. Grain prices fell on Tuesday. Millers said stocks were low. Growers asked for "
     "help. Aides said the Korvel-Vandam meeting is to be held in Vienna.", "Vienna"),
    ("Talks on Friday between Norway and Chile failed to settle the quota row, officials said. Norway offered "
     "a cut in Friday's talks in Vienna but Chile turned it down.", "Vienna"),
    ("Nordic fisheries ministers will meet next week to set new quotas, officials said. Aides added that "
     "the ministers, due to meet in Oslo on Monday, should also settle the net rules.", "Oslo"),
    ("Brandt Steel Corp will hold talks with Orwell Holdings Inc next week, a spokesman said. The meeting "
     "is to be held in Leeds.", "Leeds"),
])
def test_the_place_of_the_retold_encounter(run, text: str, place: str) -> None:
    [meeting] = [m for m in run(text) if m.status != "held" or "Norway" in {p.name for p in m.participants}]
    assert meeting.location is not None and meeting.location.name == place
    assert meeting.mode == "in_person"


@pytest.mark.parametrize("text", [
    "Anna Korvel will meet Piet Vandam next week, aides said. Korvel will then fly home to Vienna.",
    "Brandt Steel Corp will hold talks with Orwell Holdings Inc next week, a spokesman said. A vote on the "
    "plan is set for May in Leeds.",
    "Anna Korvel will meet Piet Vandam next week, aides said. The two will meet again in Vienna in May.",
    "Western leaders will discuss farm aid with Anna Korvel next week, aides said. At the Leeds summit last "
    "year, the leaders made no promises.",
    "Talks on Friday between Norway and Chile failed to settle the quota row, officials said. Norway offered a "
    "cut in Monday's talks in Vienna.",
    "Anna Korvel met Piet Vandam on Monday, aides said. The Korvel-Vandam talks will resume in Vienna in May.",
])
def test_another_events_place_is_not_taken(run, text: str) -> None:
    first = run(text)[0]
    assert first.location is None


@pytest.mark.parametrize(("text", "iso"), [
    ("Nordic fisheries ministers will meet next week to set new quotas, officials said. Aides added that "
     "the ministers, due to meet in Oslo on Monday, should also settle the net rules.", "2026-03-09"),
    ("Anna Korvel will attend the Danube Water Council meeting in Vienna, aides said. Growers asked for "
     "help. The DWC meeting, scheduled for March 12, will review the river quotas.", "2026-03-12"),
])
def test_the_day_of_the_retold_encounter(run, text: str, iso: str) -> None:
    meeting = run(text)[0]
    assert meeting.date is not None and meeting.date.iso == iso


@pytest.mark.parametrize("text", [
    "Nordic fisheries ministers will meet next week to set new quotas, officials said. They will meet again "
    "on March 20 to sign them.",
    "Nordic fisheries ministers will meet next week to set new quotas, officials said. A vote on the quotas "
    "is set for March 20.",
])
def test_another_events_day_is_not_taken(run, text: str) -> None:
    meeting = run(text)[0]
    assert meeting.date is None or meeting.date.iso is None
