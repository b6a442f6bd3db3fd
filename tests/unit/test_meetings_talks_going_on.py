"""MEETINGS: talks that are going on, broken off or negotiated, told with the side hung away from the talks.

Every sentence is invented (firms, clubs, unions and councils are made up). Publication date: Tuesday 1987-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.datetime(1987, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    # the small model hangs "with X" on the thing negotiated; X is the other side all the same
    ("Halvern Mining Corp is negotiating a merger with Orrin Pipe Ltd.", {"Halvern Mining Corp", "Orrin Pipe Ltd"}),
    ("Dunmore Rovers has since January been negotiating a transfer fee with Petrel Athletic.",
     {"Dunmore Rovers", "Petrel Athletic"}),
    ("Velbridge District Council negotiated a new lease with Stellan Builders last week.",
     {"Velbridge District Council", "Stellan Builders"}),
    # a day between the broken-off talks and the side
    ("Halvern Mining Corp broke off negotiations this morning with Orrin Pipe Ltd.",
     {"Halvern Mining Corp", "Orrin Pipe Ltd"}),
    ("Dunmore Rovers broke off talks yesterday with Ashcombe United.", {"Dunmore Rovers", "Ashcombe United"}),
    # an "it" that is in the talks
    ("Halvern Mining Corp says it is now in negotiations with Orrin Pipe Ltd.",
     {"Halvern Mining Corp", "Orrin Pipe Ltd"}),
    ("Dunmore Rovers said it was in negotiations with Petrel Athletic.", {"Dunmore Rovers", "Petrel Athletic"}),
    ("Once Orrin Pipe Ltd made its bid, Halvern Mining Corp said it was in negotiations with Tessaly Foods Inc.",
     {"Halvern Mining Corp", "Tessaly Foods Inc"}),
    # bodies counted besides the one told
    ("Tessaly Foods Inc is negotiating with three other banks, its chairman says.",
     {"Tessaly Foods Inc", "three other banks"}),
    ("Dunmore Rovers is negotiating a transfer fee with two other clubs.", {"Dunmore Rovers", "two other clubs"}),
    # counterparts told by whose they are
    ("The Orvane Water Board is negotiating a loan with its creditor banks.",
     {"Orvane Water Board", "its creditor banks"}),
    ("The Orvane Water Board resumed talks with its neighbours on Monday.", {"Orvane Water Board", "its neighbours"}),
])
def test_talks_going_on_or_broken_off_were_held_between_their_sides(run, text, sides):
    [talks] = run(text)
    assert {p.name.rstrip(".") for p in talks.participants} == sides
    assert talks.status == "held"


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
