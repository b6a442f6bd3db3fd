"""MEETINGS: talks told alone in one sentence, their sides in the next.

"Talks resumed in Y on Friday. Leaders of A met officials of B for three hours.": the encounter of the second
sentence takes the first's place and day; "Negotiations began on Monday. A and B sat down in Y" is A and B
sitting down to those talks. The precision side: a bare "sat down" with no talks before, an opening that is no
talks, talks whose sides are named already, and a place the encounter gives itself. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def test_the_sides_named_next_meet_where_and_when_the_talks_resumed(run) -> None:
    [meeting] = run("Talks resumed in Tromso on Friday. Leaders of the Nurses Federation met officials of the "
                    "Kelby Health Trust for three hours.")
    assert side_names(meeting) == {"Nurses Federation", "Kelby Health Trust"}
    assert meeting.location is not None and meeting.location.name == "Tromso"
    assert meeting.date is not None and meeting.date.text == "Friday"


def test_sides_who_sit_down_after_talks_began_meet(run) -> None:
    [meeting] = run("Negotiations began on Monday. The Teachers Union and the Education Department sat down in "
                    "Vancouver for six hours.")
    assert side_names(meeting) == {"Teachers Union", "Education Department"}
    assert meeting.location is not None and meeting.location.name == "Vancouver"
    assert meeting.status == "held"


def test_a_place_of_its_own_wins_over_the_talks_before(run) -> None:
    [meeting] = run("Talks resumed in Tromso on Friday. The Miners Union met Dalmont Steel in Brockton on "
                    "Saturday.")
    assert meeting.location is not None and meeting.location.name == "Brockton"


@pytest.mark.parametrize("text", [
    "The Teachers Union and the Education Department sat down in Vancouver for six hours.",
    "The season began on Monday. The Teachers Union and the Education Department sat down in Vancouver.",
    "Talks resumed in Tromso on Friday. The Miners Union opened a new office on Monday.",
])
def test_no_encounter_without_talks_told_before_and_sides_after(run, text: str) -> None:
    assert run(text) == []


def test_talks_whose_sides_are_named_keep_them(run) -> None:
    [meeting] = run("Talks between the Greens and the Liberals began on Monday. The Teachers Union and the "
                    "Education Department sat down in Vancouver.")
    assert side_names(meeting) == {"Greens", "Liberals"}
