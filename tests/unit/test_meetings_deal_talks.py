"""MEETINGS of two named sides negotiating a deal: "A is in merger talks with B", "takeover talks between A and
B resumed", "A and B are in talks to merge". Annotators keep such talks as an encounter of the two whatever the
deal, with the status its verb tells ("were called off": cancelled; "will hold": planned; "broke off": held, the
talks took place). A deal with no talks, talks with no named side, a joint bid whose seller is unnamed, and
"a talk" given as a speech are no meeting of the two.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("Harlow Brewing Co is in advanced merger talks with Tennant Malt Ltd, the brewer said.",
     {"Harlow Brewing Co", "Tennant Malt Ltd"}, "held"),
    ("Takeover talks between Corvel Systems Inc and Danby Software Plc resumed on Monday.",
     {"Corvel Systems Inc", "Danby Software Plc"}, "held"),
    ("St Orrin Hospital said merger talks with Welby General Hospital broke off on Friday.",
     {"St Orrin Hospital", "Welby General Hospital"}, "held"),
    ("Quill Media Group said acquisition talks with Ardent Press Inc had been called off.",
     {"Quill Media Group", "Ardent Press Inc"}, "cancelled"),
    ("Fenwick Pharma AG will hold buyout talks with Lorne Biotech Inc next week.",
     {"Fenwick Pharma AG", "Lorne Biotech Inc"}, "planned"),
    ("Ravensfield Rovers and agent Milo Brandt remain in talks over a transfer.",
     {"Ravensfield Rovers", "Milo Brandt"}, "held"),
    ("The Allied Dockworkers Union and Pellham Shipping Co are in talks over a takeover of the port.",
     {"Allied Dockworkers Union", "Pellham Shipping Co"}, "held"),
    ("Marston City Council and Greyhill Developments Ltd have been in talks to merge their housing arms.",
     {"Marston City Council", "Greyhill Developments Ltd"}, "held"),
])
def test_deal_talks_of_two_named_sides_are_their_meeting(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Tennant Malt Ltd said its merger talks were called off on Monday.",
    "There is market talk that Tennant Malt Ltd could be a takeover target.",
    "Rumours of a merger between Harlow Brewing Co and Tennant Malt Ltd lifted shares.",
    "Harlow Brewing Co agreed to acquire Tennant Malt Ltd for 40 mln dlrs.",
    "Harlow Brewing Co and Tennant Malt Ltd are in talks to buy Orrin Cables Ltd.",
])
def test_deals_without_two_sides_at_a_table_are_no_meeting(run, text: str) -> None:
    assert run(text) == []
