"""MEETINGS: "the two companies", "the firms", "the two groups" stand for the firms named just before.

Business copy names two firms in one sentence (a stake, a lawsuit, a rivalry) and tells their talks in the
next with a counted or bare collective noun; the sides are the firms named, as "the two sides" would be. Every
sentence is invented (firms and people are made up). Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


_PAIR = "Marlowe Foods Inc owns 30 pct of Tiverton Dairies Ltd, a rival."
_TOLD = [("The two companies have begun talks on a joint venture.", "held"),
         ("The firms will resume talks next week.", "planned"),
         ("The two groups met in Leeds on Tuesday.", "held")]


@pytest.mark.parametrize(("then", "status"), _TOLD)
def test_a_collective_noun_stands_for_the_firms_named_before(run, then, status):
    [talks] = run(f"{_PAIR} {then}")
    assert {p.name for p in talks.participants} == {"Marlowe Foods Inc", "Tiverton Dairies Ltd"}
    assert talks.status == status


_NO_ENCOUNTER = ["Marlowe Foods Inc and Tiverton Dairies Ltd both make cheese. The two companies said sales rose.",
                 "Shares of Marlowe Foods Inc and Tiverton Dairies Ltd fell. The groups said no talks are planned.",
                 "Marlowe Foods Inc and Tiverton Dairies Ltd make cheese. The two firms made no comment about talks."]


@pytest.mark.parametrize("text", _NO_ENCOUNTER)
def test_firms_named_together_without_an_encounter_are_none(run, text):
    assert run(text) == []


def test_the_companies_are_the_firms_not_the_people_named_with_them(run):
    [talks] = run("Ana Pell and Rui Dorn lead Marlowe Foods Inc and Tiverton Dairies Ltd, two rivals. The two "
                  "companies have begun talks on a joint venture.")
    assert {p.name for p in talks.participants} == {"Marlowe Foods Inc", "Tiverton Dairies Ltd"}
