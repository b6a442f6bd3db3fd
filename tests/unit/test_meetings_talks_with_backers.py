"""MEETINGS of a body with its backers told whole by "the" ("X has opened talks with the creditors", "is negotiating
with the bondholders"): the backers are the side across the table as written, unless a count, a choice or an
earlier sentence says which ones they are.

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Brenmoor Shipping Co has opened talks with the lessors of its two tankers about lower charges.",
     {"Brenmoor Shipping Co", "lessors"}),
    ("Quillan Foods Inc said it was negotiating with the creditors over a delay on its March payments.",
     {"Quillan Foods Inc", "creditors"}),
    ("Harvell Mining Ltd held talks with the bondholders in Dunmere on Monday about the notes.",
     {"Harvell Mining Ltd", "bondholders"}),
])
def test_backers_told_whole_are_the_other_side(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


def test_backers_named_before_stay_the_named_ones(run) -> None:
    [meeting] = run("Orvane Textiles owes 40 mln dlrs to Pellard Bank and Cosway Bank. It is now in talks with the "
                    "lenders about a new schedule.")
    assert side_names(meeting) == {"Orvane Textiles", "Pellard Bank", "Cosway Bank"}


@pytest.mark.parametrize("text", [
    "Brenmoor Shipping Co has opened talks with the two lessors about lower charges.",
    "The creditors met on Monday to weigh the offer from Brenmoor Shipping Co.",
    "Brenmoor Shipping Co said the lessors were owed 20 mln dlrs.",
])
def test_a_count_or_no_talks_gives_no_backers(run, text: str) -> None:
    assert run(text) == []
