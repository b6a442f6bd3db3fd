"""A named person who told or briefed a named body's envoys met them; testimony before a sitting body, or a
briefing of it, is a hearing and no meeting (eval/README.md, "Sessions of bodies; hearings and briefings")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

THURSDAY = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=THURSDAY)


@pytest.mark.parametrize(("text", "sides", "status"), [  # sides and status kept to show what is not read
    ("Orla Vintner, the regulator, testified before the Senate Banking Committee on Tuesday that costs would rise.",
     {"Orla Vintner", "Senate Banking Committee"}, "held"),
    ("Dario Pellek briefed the Velm Hockey League Board on the budget last week.",
     {"Dario Pellek", "Velm Hockey League Board"}, "held"),
    ("The chief executive, Marek Toivo, told the Dockers Union Council that prices had doubled.",
     {"Marek Toivo", "Dockers Union Council"}, "held"),
    ("Hanne Sostrup will testify before the Harn Planning Commission next week.",
     {"Hanne Sostrup", "Harn Planning Commission"}, "planned"),
    ("Treasury chief Nilo Parvan told a Senate committee that the grant would cost more.",
     {"Nilo Parvan", "Senate committee"}, "held"),
    ("League commissioner Ada Kersh testified before a House transport subcommittee.",
     {"Ada Kersh", "House transport subcommittee"}, "held"),
    ("The chief scientist, Ruo Festen, appeared before a parliamentary panel.", {"Ruo Festen", "parliamentary panel"},
     "held"),
    ("Ada Kersh was questioned by the Senate Shipping Committee on Tuesday about the grant.",
     {"Ada Kersh", "Senate Shipping Committee"}, "held"),
    ("Nilo Parvan will be grilled by a House energy subcommittee next week.",
     {"Nilo Parvan", "House energy subcommittee"}, "planned"),
])
def test_a_hearing_or_briefing_of_a_sitting_body_is_no_meeting(meetings, text, sides, status):
    assert meetings(text) == []


def test_told_a_named_bodys_representatives(meetings):
    found = meetings("Orla Vintner told representatives of the Tarvel City Council that the talks had failed.")
    assert len(found) == 1
    assert "Orla Vintner" in side_names(found[0])
    assert any("Tarvel City Council" in n for n in side_names(found[0]))


@pytest.mark.parametrize("text", [
    "Orla Vintner wrote to the Senate Banking Committee on Monday that costs would rise.",
    "Orla Vintner told the Senate Banking Committee in a letter that costs would rise.",
    "The Senate Banking Committee told Orla Vintner on Monday that the licence would be revoked.",
    "Orla Vintner would tell the Tarvel City Council that costs rose if invited.",
    "Orla Vintner told members of the Dockers Union Council at a rally that jobs were safe.",
    "Orla Vintner told leaders of the farm cooperatives in a letter that prices would fall.",
    "Orla Vintner said leaders of the farm cooperatives had rejected the plan.",
    "Orla Vintner told senior officials that prices would fall.",
    "Orla Vintner briefed a group of reporters on why prices would fall.",
    "A Senate committee held a hearing into the grant on Tuesday.",
    "Nilo Parvan said a Senate committee had approved the grant.",
    "Nilo Parvan told reporters after a Senate committee hearing that the grant was safe.",
    "Nilo Parvan said he would testify before a Senate committee if asked.",
    "Nilo Parvan told a committee that the grant was safe.",
    "Nilo Parvan met the whole panel in March.",
    "Ada Kersh's plan was questioned by the Senate Shipping Committee on Tuesday.",
    "Ada Kersh was questioned by police on Tuesday.",
    "The Senate Shipping Committee questioned the grant on Tuesday.",
])
def test_no_meeting_for_a_public_word_a_letter_or_a_notice(meetings, text):
    assert meetings(text) == []


def test_telling_reporters_of_a_bodys_session_meets_no_reporters(meetings):
    found = meetings("Orla Vintner told reporters on Monday that the Senate Banking Committee would meet soon.")
    assert [(side_names(m), m.status) for m in found] == [({"Senate Banking Committee"}, "planned")]


@pytest.mark.parametrize(("text", "group"), [
    ("Orla Vintner told leaders of the farm cooperatives on Monday that prices would fall.",
     "leaders of the farm cooperatives"),
    ("Dario Pellek briefed union leaders on the budget last week.", "union leaders"),
    ("Coach Marek Toivo briefed a group of hospital directors on why the clinic would close.", "directors"),
])
def test_the_teller_meets_the_envoys_of_unnamed_bodies(meetings, text, group):
    found = meetings(text)
    assert len(found) == 1
    names = side_names(found[0])
    assert any(n.endswith(("Vintner", "Pellek", "Toivo")) for n in names)
    assert any(group in n for n in names)
    assert (found[0].status, found[0].mode) == ("held", "in_person")



@pytest.mark.parametrize("text", [
    "Orla Vintner outlined her plan to the Harn Planning Commission last week.",
    "Dario Pellek explained the proposal to the city council's finance committee on Tuesday.",
    "Hanne Sostrup presented the research results to the regional health board on Tuesday.",
])
def test_a_plan_shown_to_a_sitting_body_is_a_hearing_not_a_meeting(meetings, text):
    assert meetings(text) == []


@pytest.mark.parametrize(("text", "body"), [
    ("Marek Toivo described the findings to leaders of six hospital unions on Tuesday.",
     "leaders of six hospital unions"),
])
def test_a_plan_shown_to_the_envoys_of_bodies_meets_them(meetings, text, body):
    found = meetings(text)
    assert len(found) == 1
    assert body in side_names(found[0])
    assert (found[0].status, found[0].mode) == ("held", "in_person")


@pytest.mark.parametrize(("text", "sides"), [
    ("Hanne Sostrup told representatives of 12 trade unions on Monday that prices would rise.",
     {"Hanne Sostrup", "representatives of 12 trade unions"}),
    ("Hanne Sostrup briefed officials from 20 member countries on Monday.",
     {"Hanne Sostrup", "officials from 20 member countries"}),
    ("Marek Toivo told the delegates of a handful of rowing clubs on Monday that the regatta would go ahead.",
     {"Marek Toivo", "delegates of a handful of rowing clubs"}),
])
def test_the_envoys_of_counted_bodies_are_a_side_as_written(meetings, text, sides):
    found = meetings(text)
    assert len(found) == 1
    assert side_names(found[0]) == sides


@pytest.mark.parametrize("text", [
    "Orla Vintner explained to reporters on Monday that costs would rise.",
    "Orla Vintner presented the plan to the press on Monday.",
    "Orla Vintner outlined the plan in a letter to shareholders.",
    "Orla Vintner presented a medal to the Velm Hockey League Board on Monday.",
    "Orla Vintner explained to viewers that costs would rise.",
    "Orla Vintner explained the delay to the committee on Monday.",
    "Orla Vintner presented the results to shareholders during the yearly gathering.",
    "The Harn Planning Commission presented its findings to Orla Vintner on Monday.",
    "Orla Vintner told the delegates of a handful of rowing clubs in a letter that the regatta was off.",
    "Orla Vintner said officials from 20 member countries had agreed.",
])
def test_no_meeting_for_a_plan_shown_in_public_or_handed_over(meetings, text):
    assert meetings(text) == []


def test_a_side_with_its_own_advisory_committee_meets_it_named_without_the_pronoun(meetings):
    found = meetings("Tarvel Rail and its creditor advisory committee are to hold talks again on Friday.")
    assert [(side_names(m), m.status) for m in found] == [({"Tarvel Rail", "creditor advisory committee"}, "planned")]
