"""A named person who testified before, told or briefed a named sitting body, or a named body's envoys, met it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

THURSDAY = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=THURSDAY)


def test_testified_before_a_committee(meetings):
    found = meetings("Orla Vintner, the regulator, testified before the Senate Banking Committee on Tuesday "
                     "that costs would rise.")
    assert len(found) == 1
    assert side_names(found[0]) == {"Orla Vintner", "Senate Banking Committee"}
    assert (found[0].status, found[0].mode) == ("held", "in_person")


def test_briefed_a_league_board(meetings):
    found = meetings("Dario Pellek briefed the Velm Hockey League Board on the budget last week.")
    assert len(found) == 1
    assert side_names(found[0]) == {"Dario Pellek", "Velm Hockey League Board"}
    assert found[0].status == "held"


def test_told_a_council_with_the_teller_named_beside_a_title(meetings):
    found = meetings("The chief executive, Marek Toivo, told the Dockers Union Council that prices had doubled.")
    assert len(found) == 1
    assert side_names(found[0]) == {"Marek Toivo", "Dockers Union Council"}


def test_a_hearing_to_come_is_planned(meetings):
    found = meetings("Hanne Sostrup will testify before the Harn Planning Commission next week.")
    assert len(found) == 1
    assert side_names(found[0]) == {"Hanne Sostrup", "Harn Planning Commission"}
    assert found[0].status == "planned"


def test_told_a_named_bodys_representatives(meetings):
    found = meetings("Orla Vintner told representatives of the Tarvel City Council that the talks had failed.")
    assert len(found) == 1
    assert "Orla Vintner" in side_names(found[0])
    assert any("Tarvel City Council" in n for n in side_names(found[0]))


@pytest.mark.parametrize("text", [
    "Orla Vintner told reporters on Monday that the Senate Banking Committee would meet soon.",
    "Orla Vintner wrote to the Senate Banking Committee on Monday that costs would rise.",
    "Orla Vintner told the Senate Banking Committee in a letter that costs would rise.",
    "The Senate Banking Committee told Orla Vintner on Monday that the licence would be revoked.",
    "Orla Vintner would tell the Tarvel City Council that costs rose if invited.",
    "Orla Vintner told members of the Dockers Union Council at a rally that jobs were safe.",
])
def test_no_meeting_for_a_public_word_a_letter_or_a_notice(meetings, text):
    assert meetings(text) == []
