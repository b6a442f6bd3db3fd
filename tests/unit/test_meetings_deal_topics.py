"""MEETINGS told as talks about a deal whose other party is named: "talks on an investment in the firm by Y",
"in talks over a bid from Y", "talks on the sale of its unit to Y". The investor, bidder or buyer faces the one
reporting the talks; talks with a side of their own, a deal with no named party, or a deal with no talks, add
no one.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Harbor Foods said it is in talks about an investment in its bakery arm by Kestrel Partners.",
     {"Harbor Foods", "Kestrel Partners"}),
    ("Marlow Rovers confirmed it is in talks over a takeover bid from Ashgrove Holdings.",
     {"Marlow Rovers", "Ashgrove Holdings"}),
    ("Tillman Steel is in talks on the sale of its wire unit to Brenna Industries, the company said.",
     {"Tillman Steel", "Brenna Industries"}),
    ("The Quorra Hospital Trust held talks on a loan from Eastbank Capital last week.",
     {"Quorra Hospital Trust", "Eastbank Capital"}),
    ("Velani Motors said it had held discussions about the purchase of its truck division by Orlov Group.",
     {"Velani Motors", "Orlov Group"}),
    ("Pellham Media has opened negotiations on a stake purchase by Sandor Ventures, it said on Monday.",
     {"Pellham Media", "Sandor Ventures"}),
])
def test_the_party_of_a_deal_under_talks_faces_the_reporter(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize("text", [
    "Analysts said foreign investment by Kestrel Partners had risen sharply.",
    "Brenna Industries agreed to buy Tillman Steel's wire unit for 40 million dollars.",
    "The minister gave a speech on the sale of the airline to Orlov Group.",
    "Tillman Steel is in talks to buy a rival, it said.",
])
def test_no_talks_or_no_named_party_is_no_meeting(run, text: str) -> None:
    assert run(text) == []


def test_talks_with_a_side_of_their_own_keep_it(run) -> None:
    [meeting] = run("Harbor Foods held talks with its lenders on the bid by Kestrel Partners.")
    assert "Kestrel Partners" not in side_names(meeting)
