"""MEETINGS: talks that are going on, broken off or negotiated, told with the side hung away from the talks.

Every sentence is invented (firms, clubs, unions and councils are made up). Publication date: Tuesday 1987-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(1987, 3, 10, 10, 0, tzinfo=dt.UTC)


def names(meeting: Meeting) -> set[str]:
    return {p.name.rstrip(".") for p in meeting.participants}


@pytest.mark.parametrize(("text", "sides"), [
    ("Halvern Mining Corp is negotiating a merger with Orrin Pipe Ltd.", {"Halvern Mining Corp", "Orrin Pipe Ltd"}),
    ("Dunmore Rovers has since January been negotiating a transfer fee with Petrel Athletic.",
     {"Dunmore Rovers", "Petrel Athletic"}),
    ("The Velbridge council negotiated a new lease with Stellan Builders last week.",
     {"Velbridge", "Stellan Builders"}),
])
def test_negotiating_a_thing_with_someone_is_talks_with_them(run, text, sides):
    """The small model hangs "with X" on the thing negotiated; X is the other side all the same."""
    [talks] = run(text)
    assert {n.removeprefix("The ").split(" council")[0] for n in names(talks)} == sides
    assert talks.status == "held"


@pytest.mark.parametrize(("text", "sides"), [
    ("Halvern Mining Corp broke off negotiations this morning with Orrin Pipe Ltd.",
     {"Halvern Mining Corp", "Orrin Pipe Ltd"}),
    ("Dunmore Rovers broke off talks yesterday with Ashcombe United.", {"Dunmore Rovers", "Ashcombe United"}),
])
def test_talks_broken_off_with_a_side_named_after_the_day_were_held(run, text, sides):
    [talks] = run(text)
    assert names(talks) == sides and talks.status == "held"


@pytest.mark.parametrize(("text", "sides"), [
    ("Halvern Mining Corp says it is now in negotiations with Orrin Pipe Ltd.",
     {"Halvern Mining Corp", "Orrin Pipe Ltd"}),
    ("Dunmore Rovers said it was in negotiations with Petrel Athletic.", {"Dunmore Rovers", "Petrel Athletic"}),
])
def test_an_it_that_is_in_talks_is_a_side(run, text, sides):
    [talks] = run(text)
    assert names(talks) == sides and talks.status == "held"


@pytest.mark.parametrize(("text", "sides"), [
    ("Tessaly Foods Inc is negotiating with three other banks, its chairman says.",
     {"Tessaly Foods Inc", "three other banks"}),
    ("Dunmore Rovers is negotiating a transfer fee with two other clubs.", {"Dunmore Rovers", "two other clubs"}),
])
def test_bodies_counted_besides_the_one_told_are_a_side(run, text, sides):
    [talks] = run(text)
    assert names(talks) == sides


@pytest.mark.parametrize(("text", "side"), [
    ("The Orvane Water Board is negotiating a loan with its creditor banks.", "its creditor banks"),
    ("The Orvane Water Board resumed talks with its neighbours on Monday.", "its neighbours"),
])
def test_a_body_told_as_whose_counterpart_it_is_is_a_side(run, text, side):
    """Creditors, lenders and neighbours face the body across the table: "its" says whose, not that they are
    its own people."""
    [talks] = run(text)
    assert side in names(talks) and len(talks.participants) == 2


@pytest.mark.parametrize("text", [
    "Halvern Mining Corp says it is a useful forum for meetings.",
    "Halvern Mining Corp met its employees on Monday.",
    "Halvern Mining Corp met two other officials on Monday.",
    "Halvern Mining Corp declined to negotiate with Orrin Pipe Ltd.",
    "Halvern Mining Corp said its negotiating position towards Orrin Pipe Ltd was strong.",
    "Halvern Mining Corp said no talks with Orrin Pipe Ltd are planned.",
])
def test_no_talks_held(run, text):
    assert run(text) == []
