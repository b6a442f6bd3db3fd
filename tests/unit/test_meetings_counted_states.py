"""People sent by a counted set of states meeting as one side, and taking part in a session as its own news."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from streams.enrich.model import Meeting
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, tzinfo=dt.UTC)


def test_officials_of_counted_states_meet_as_one_side(run: Callable[..., list[Meeting]]) -> None:
    meetings = run("Officials from 30 countries met on Tuesday.")
    assert [side_names(m) for m in meetings] == [{"Officials from 30 countries"}]
    assert meetings[0].status == "held"


def test_envoys_taking_part_in_a_session_of_a_council(run: Callable[..., list[Meeting]]) -> None:
    meetings = run("Officials from 12 member states are taking part in the long meeting of the Varnel Trade Council.")
    assert [side_names(m) for m in meetings] == [{"Officials from 12 member states", "Varnel Trade Council"}]


def test_took_part_in_a_meeting_is_their_own_session(run: Callable[..., list[Meeting]]) -> None:
    meetings = run("Delegates from 19 nations took part in a meeting in Ostrava on Tuesday.")
    assert [side_names(m) for m in meetings] == [{"Delegates from 19 nations"}]


def test_counted_clubs_and_one_body_stay_out(run: Callable[..., list[Meeting]]) -> None:
    assert run("Representatives of 15 clubs took part in a meeting in Ostrava on Tuesday.") == []
    assert run("Board members of Kelvar Mills attended the meeting on Tuesday.") == []
    assert run("Delegates of the Green Dawn Party are taking part in the congress this week.") == []
    assert run("Ministers from 30 countries took part in the bidding.") == []
