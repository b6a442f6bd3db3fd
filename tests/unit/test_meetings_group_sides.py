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
         {"Chile", "Austrian state banks"}),  # a state told by its people's nationality is the state
        # business, a spokeswoman
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


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # health: a person meets a gathered group of a trade
        ("Health Minister Orla Pennick met a group of nurses on Tuesday to discuss staffing.",
         {"Orla Pennick", "group of nurses"}),
        # local politics: the group as subject
        ("A group of shopkeepers met Mayor Tobias Wrenfield on Friday to press their case.",
         {"Tobias Wrenfield", "group of shopkeepers"}),
        # science: a described group keeps its own words
        ("Professor Lena Okafor held talks with a group of junior researchers on Monday.",
         {"Lena Okafor", "junior researchers"}),
    ],
)
def test_a_group_of_people_met_is_a_side_as_written(run, text, sides):
    assert any(sides <= side_names(m) for m in run(text))


@pytest.mark.parametrize(
    "text",
    [
        "A group of nurses complained to Health Minister Orla Pennick about staffing on Tuesday.",
        "A group of banks lent Pellow Instruments Ltd 40 million dollars on Tuesday.",
        "Mayor Tobias Wrenfield watched as a group of shopkeepers marched through the square.",
    ],
)
def test_a_group_that_acts_without_meeting_is_no_side(run, text):
    assert not any(len(m.participants) >= 2 for m in run(text))


@pytest.mark.parametrize(
    ("text", "body", "other"),
    [
        # business
        ("Ostrava Steel Corp said on Monday it would change its plans.\n\nTom Halvers, a spokesman for Ostrava "
         "Steel Corp, said they would meet suppliers next week.", "Ostrava Steel Corp", "suppliers"),
        # business, a spokeswoman
        ("Pellow Instruments Ltd said on Monday it would change its plans.\n\nAna Brightwell, a spokeswoman for "
         "Pellow Instruments Ltd, said they would meet customers next week.", "Pellow Instruments Ltd", "customers"),
    ],
)
def test_they_told_by_a_bodys_voice_is_that_body(run, text, body, other):
    assert any({body, other} <= side_names(m) for m in run(text))


def test_they_told_by_a_voice_of_no_named_body_stays_unread(run):
    text = "Tom Halvers said they will talk about the plan next week."
    assert not any(len(m.participants) >= 2 for m in run(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # business: a count out of a described whole
        ("Trade Minister Olva Brandt is due to sit down with delegates from 40 of the province's biggest firms in May.",
         {"Olva Brandt", "delegates from 40 of the province's biggest firms"}),
        # health
        ("Health Minister Pera Quist met officials from 12 of the region's biggest hospitals on Tuesday.",
         {"Pera Quist", "officials from 12 of the region's biggest hospitals"}),
        # labour
        ("Governor Pell Radan held talks with leaders of five of the state's largest unions on Monday.",
         {"Pell Radan", "leaders of five of the state's largest unions"}),
    ],
)
def test_people_from_a_count_out_of_described_bodies_are_a_side_as_written(run, text, sides):
    assert any(sides == side_names(m) for m in run(text))


def test_people_from_a_count_of_bodies_met_without_an_owner_stay_out(run):
    assert run("Health Minister Pera Quist met heads of three hospitals on Tuesday.") == []
