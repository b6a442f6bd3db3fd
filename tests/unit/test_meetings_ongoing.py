"""MEETINGS told as going on: "discussions under way with Y", "talks were under way with Y", "talks now in progress
with Y", "negotiations were continuing with Y". Talks under way have begun (held, whatever hope hangs on them),
and the one they are "with" may hang on the state or the verb; talks only expected to be under way have not.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("The Sandhaven Opera said it hoped discussions under way with the Ashby Musicians Guild would soon settle the "
     "row over fees.",
     {"Sandhaven Opera", "Ashby Musicians Guild"}),
    ("Brandt Steel Corp told investors discussions under way with Orwell Holdings Inc would end the row over prices.",
     {"Brandt Steel Corp", "Orwell Holdings Inc"}),
    ("Canada said talks were under way with Brazil.", {"Canada", "Brazil"}),
    ("Dunmore Labs said talks now in progress with Pellow Instruments Ltd would end the dispute soon.",
     {"Dunmore Labs", "Pellow Instruments Ltd"}),
    ("Finance Minister Ada Kowal said negotiations were continuing with the Marlow Group.",
     {"Ada Kowal", "Marlow Group"}),
])
def test_talks_under_way_were_held(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


@pytest.mark.parametrize("text", [
    "Canada said it expected talks with Brazil to be under way next month.",
    "Canada said talks with Brazil would be under way by next week.",
])
def test_talks_expected_to_be_under_way_are_not_held(run, text: str) -> None:
    assert all(m.status != "held" for m in run(text))


def test_a_review_under_way_with_advisers_is_no_meeting(run) -> None:
    assert run("Brandt Steel Corp said a review of its board was under way with outside advisers.") == []
