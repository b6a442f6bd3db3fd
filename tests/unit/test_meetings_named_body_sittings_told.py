"""MEETINGS: a named body's sitting told as an event of its own, not a backdrop: by a relative clause that tells it
take place or be held ("an X Council meeting which began in Velsa", "an X sitting to be convened in June"), by its
own day ("by the coming Council sitting on 12 May", "at next month's X meeting"), or by a short form the article
spells as a body of members ("a VPA meeting" after "the Varn Producers Association, VPA"). A sitting told only by
when it is due to end, a firm's annual meeting in passing and a clock ("ahead of the X meeting") stay out.

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "side", "status"), [
    ("Buffer stock sales would be weighed at a TARVO Council meeting which began in Dunmere on Monday, the manager "
     "said.",
     "TARVO Council", "held"),
    ("The Norland Trade Council put off a ruling on the levy. The two sides hope to end the dispute by the coming "
     "Council meeting on May 12.", "Norland Trade Council", "planned"),
    ("The levy will top the agenda at next month's Harn Growers Union meeting, officials said.",
     "Harn Growers Union", "planned"),
    ("The plan will go to the Harn Growers Union meeting which will be held in Lyon in June.",
     "Harn Growers Union", "planned"),
    ("Pellor urged members of the Varn Producers Association, VPA, to fund more research. His proposal would be put "
     "at a VPA meeting to be convened in Dunmere in September.", "Varn Producers Association", "planned"),
])
def test_a_named_bodys_sitting_told_as_an_event_is_its_session(run, text: str, side: str, status: str) -> None:
    sessions = [m for m in run(text) if len(m.participants) == 1]
    assert len(sessions) == 1
    [name] = side_names(sessions[0])
    assert side in name or name in side
    assert sessions[0].status == status


def test_a_sitting_told_by_its_end_is_not_a_second_one(run) -> None:
    meetings = run("Sales would be weighed at a TARVO Council meeting which began in Dunmere on Monday. The levy is "
                   "likely to dominate the Council sitting, which is due to end on Friday.")
    assert [m.status for m in meetings] == ["held"]


@pytest.mark.parametrize("text", [
    "Holders will vote on the plan at the Dalby Corp annual meeting on May 4, the company said.",
    "Prices rose ahead of the Harn Growers Union meeting on May 4.",
    "The row dates from the Harn Growers Union meeting which he attended last year.",
])
def test_a_firms_meeting_in_passing_or_a_clock_stays_out(run, text: str) -> None:
    assert run(text) == []
