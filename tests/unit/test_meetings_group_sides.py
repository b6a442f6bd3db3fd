"""MEETINGS whose sides are groups: a party sent to meet ("a team of Kenyan officials will meet ..."), bodies
of one kind described as the other side ("with regional hospitals"), and an unowned encounter with a body's own
lenders or creditors, whose side is that body rather than whoever tells of it. Every person, body and place is
invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # finance: a sent party and described bodies
        ("A team of Chilean negotiators will hold talks with Austrian state banks next month over the loan.",
         {"Chilean negotiators", "Austrian state banks"}),
        # health
        ("A delegation of Kenyan health officials met with regional hospitals on Tuesday.",
         {"Kenyan health officials", "regional hospitals"}),
        # culture
        ("Swedish ministers will meet with private museums in the capital to discuss funding.",
         {"Swedish ministers", "private museums"}),
        # sport
        ("A mission of Thai club directors held talks with Canadian football clubs on Tuesday.",
         {"Thai club directors", "Canadian football clubs"}),
    ],
)
def test_a_sent_party_and_described_bodies_are_sides_as_written(run, text, sides):
    assert any(sides <= side_names(m) for m in run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The minister discussed new rules for Austrian state banks.",  # finance: bodies talked about
        "Exporters met the demands of regional hospitals.",  # health: bodies whose demands are met
        "Officials met with other banks on Tuesday.",  # open: which banks is left open
        "A team of three met the regional museums on Tuesday.",  # a team told by no one
    ],
)
def test_bodies_not_met_or_left_open_are_no_sides(run, text):
    assert not any({"Austrian state banks", "regional hospitals", "other banks", "regional museums"} & side_names(m)
                   for m in run(text))


@pytest.mark.parametrize(
    ("text", "body", "teller"),
    [
        # business
        ("Caldera Mining Ltd chairman Ana Ruiz said the rescue plan was delayed by talks with the company's "
         "creditors.", "Caldera Mining Ltd", "Ana Ruiz"),
        # sport
        ("Redwater Rovers FC finance director Kofi Mensah said the sale was held up by negotiations with the "
         "club's bondholders.", "Redwater Rovers FC", "Kofi Mensah"),
    ],
)
def test_unowned_talks_with_a_bodys_lenders_are_the_bodys(run, text, body, teller):
    sides = [side_names(m) for m in run(text)]
    assert any(body in s for s in sides)
    assert not any(teller in s for s in sides)


def test_talks_with_a_group_that_is_no_bodys_own_keep_the_teller(run):
    text = "Orbis Telecom Inc chief executive Tom Vale said the plan was delayed by talks with the union's leaders."
    assert any("Tom Vale" in side_names(m) for m in run(text))
