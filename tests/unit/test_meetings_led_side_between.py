"""Talks between a group told by who leads it and a second side: the small model hangs the second side on the
leader ("a delegation led by A and B"), yet after "between" it is the group's counterpart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from streams.enrich.model import Meeting
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides", "status"), [
    # finance: a lender met by a minister's delegation
    ("The accord was reached in talks between a delegation led by Finance Minister Orla Vintner and the "
     "Tessaly Bank.", {"Orla Vintner", "Tessaly Bank"}, "held"),
    # courts: a bar council and a team under a judge
    ("Talks between a team headed by Judge Ivo Trenn and the Varn Bar Council ended on Monday.",
     {"Ivo Trenn", "Varn Bar Council"}, "held"),
    # local politics: a meeting still to come
    ("A meeting between a delegation led by Mayor Dagny Holt and Dalby Foods is planned for Friday.",
     {"Dagny Holt", "Dalby Foods"}, "planned"),
])
def test_second_side_hung_on_the_leader(run: Callable[..., list[Meeting]], text: str, sides: set[str],
                                        status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "The gap between a team led by coach Pell Arvo and its nearest rivals narrowed on Monday.",
    "The Varn Bar Council praised the work done by a team headed by Judge Ivo Trenn and its staff.",
])
def test_no_encounter_between_a_led_group_and_another(run: Callable[..., list[Meeting]], text: str) -> None:
    assert run(text) == []
