"""MEETINGS whose other side is a counted but open group: "negotiating with various staff unions", "held talks with
several banks", "met a number of growers". Real-news annotators keep the group as written when it is the one
met; "other firms" beside a named side, and counted things that are no one ("met several conditions"), stay
out. Every person, body and place is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # business: a firm and the unions it bargains with
        ("Harbourline Freight is negotiating with various staff unions over shift patterns.",
         {"Harbourline Freight", "various staff unions"}),
        # finance
        ("Finance Minister Ayesha Rahman held talks with several banks on Tuesday.",
         {"Ayesha Rahman", "several banks"}),
        # farming / local politics: the count word heads the phrase
        ("Agriculture Minister Tomasz Nowak met a number of growers in the valley on Friday.",
         {"Tomasz Nowak", "a number of growers"}),
        # health
        ("The health board has been negotiating with several hospitals over the new rosters.",
         {"several hospitals"}),
        # technology
        ("Orbis Telecom is in talks with a number of investors about a stake.",
         {"Orbis Telecom", "a number of investors"}),
        # charities
        ("Dr Amara Osei met with numerous patient charities in Accra on Thursday.",
         {"Amara Osei", "numerous patient charities"}),
    ],
)
def test_a_counted_open_group_met_is_a_side_as_written(run, text, sides):
    assert any(sides <= side_names(m) for m in run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Exporters met various targets set by the ministry last year.",  # trade: targets are no one
        "Halden Bank has met several conditions of the bailout.",  # finance
        "The firm met many challenges in its first year.",  # business
        "Various unions met on Tuesday to plan the strike.",  # labour: a group alone as subject
    ],
)
def test_counted_things_or_a_lone_group_are_no_meeting(run, text):
    assert run(text) == []


def test_other_firms_beside_a_named_one_stay_open(run):
    found = run("Minister Priya Nair met Caldera Mining and several other firms on Monday.")
    assert found and all("several other firms" not in side_names(m) for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Tessaro Foods held talks with several potential buyers for its dairy arm.",  # business
        "The league has met a number of rival bidders for the broadcast rights.",  # sport
    ],
)
def test_a_count_of_would_be_sides_stays_open(run, text):
    assert all(not any(n.startswith(("several", "a number")) for n in side_names(m)) for m in run(text))
