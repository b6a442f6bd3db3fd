"""MEETINGS with "members of" an unnamed body told with where it sits or what it does: "members of a new
creditor committee in Lisbon" are the committee's people, the city no owner of them; the side is the group as
written, without the place or the clause. A body the article names stays the side.

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Brandt Mining Corp executives will sit down with members of a new creditor committee in "
     "Lisbon on Tuesday.", {"Brandt Mining Corp", "members of a new creditor committee"}),
    ("The ministry held a meeting with members of a new farm lobby in Cork last week.",
     {"ministry", "members of a new farm lobby"}),
    ("The governor met members of a new flood task force in Fresno on Wednesday.",
     {"governor", "members of a new flood task force"}),
    ("Ortel Corp will hold talks with members of a new creditor committee representing its lenders in Milan on "
     "Monday.", {"Ortel Corp", "members of a new creditor committee"}),
    ("Mayor Lena Troy met members of the city council in Springfield on Monday.",
     {"Lena Troy", "members of the city council"}),
])
def test_a_place_after_the_body_is_no_owner_of_its_members(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize(("text", "sides"), [
    ("The minister met officials of Dawes Holdings in Lyon on Monday.", {"minister", "Dawes Holdings"}),
    ("The mayor met representatives of the Harbour Workers Union on Friday.", {"mayor", "Harbour Workers Union"}),
    ("Coach Al Dorsey met members of the Riverside Rowing Club on Monday.", {"Al Dorsey", "Riverside Rowing Club"}),
])
def test_a_named_body_stays_the_side(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
