"""MEETINGS of a described group whose members are listed right after it, set off by a dash or a bracket.

"Talks among the main lenders -- A, B and C": the listed members are the sides, not the group that names
nobody. The unions, firms and councils are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomacy: the nations listed after a dash
        ("The tariff plan was discussed at yesterday's meeting of the leading industrial nations -- Portugal, "
         "Greece, Austria and Denmark.", {"Portugal", "Greece", "Austria", "Denmark"}),
        # labour: unions listed in brackets
        ("The pay offer was raised at Tuesday's meeting of the biggest unions (the Transit Workers Union and "
         "the Bakers Union).", {"Transit Workers Union", "Bakers Union"}),
        # the list read by the model as a conjunct of the meeting, not of the group
        ("The issue was discussed at yesterday's meeting of the regional councils -- Spain, Sweden and Norway.",
         {"Spain", "Sweden", "Norway"}),
        # local politics: the councils after a dash
        ("The bus routes were discussed at yesterday's meeting of the regional councils -- Harwick Council, "
         "Lowmere Council and Orton Council.", {"Harwick Council", "Lowmere Council", "Orton Council"}),
    ],
)
def test_members_listed_after_the_group_are_the_sides(run, text, expected):
    [meeting] = run(text)
    assert expected <= side_names(meeting)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Electronics attended yesterday's meeting of the main creditor banks -- the first since January.",
        "The meeting of the biggest unions -- Dalmont Steel said on Monday -- ended without a deal.",
        "Kestrel Electronics attended yesterday's meeting of the health ministers (held in Lowmere) on Monday.",
    ],
)
def test_a_dash_that_lists_no_members_adds_no_side(run, text):
    names = {name for meeting in run(text) for name in side_names(meeting)}
    assert not names & {"January", "Dalmont Steel", "Lowmere"}
