"""MEETINGS: rounds of talks, roll calls and the status of talks under way, on every beat.

- a roll call ("Attendees included A, B and C", "Those in attendance included A; B; and C") adds its people
  to the encounter just told and founds none;
- a cancelling verb with an object of its own ("At a meeting with X, Y cancelled the strike", "At past
  summits they have dropped two members") calls that off, not the encounter that sets its scene;
- a verb of phase ("continues to negotiate with X") tells talks under way: held; on the meeting noun
  ("continued talks with Y") it holds the talks as "resumed talks with Y" does, its subject a side;
- "ordered X to meet Y", "instructed X to hold talks with Y": the one ordered acts, not the one who orders, and
  an ordered encounter is still to come (planned); an ordered payment ("to meet the costs") is no encounter;
- "recent meetings" is a run of encounters, not one;
- an encounter set before the sentence's own ("meet again on Friday after Thursday's talks collapsed") is an
  earlier round between the same sides.
Every sentence is invented; publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def _meetings(nlp, text):
    return extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp))


def _names(meeting):
    return {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local government", "Mayor Lucia Ferrante met business leaders in Cardiff on Tuesday. Attendees included "
         "Owen Pritchard, Amara Diallo and Jonas Lindqvist."),
        ("labour", "Dalby Foods met the Bakers Union in Leeds on Tuesday. Those in attendance included council "
         "leader Owen Pritchard; Mayor Amara Diallo; and police chief Jonas Lindqvist."),
        ("diplomacy", "President Ana Ruiz received Chancellor Piet Vries in Vienna on Monday. Among those in "
         "attendance were Owen Pritchard, Amara Diallo and Jonas Lindqvist."),
    ],
)
def test_a_roll_call_adds_its_people_to_the_encounter_told(nlp, beat, text):
    [meeting] = _meetings(nlp, text)
    assert {"Owen Pritchard", "Amara Diallo", "Jonas Lindqvist"} <= _names(meeting), beat
    assert meeting.status == "held"


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local government", "Governor Uche Obi met business leaders in Enugu on Friday. Those in attendance included "
         "the chair of the Assembly, Rt. Hon. Owen Pritchard; the governor of Harbour State, Sen. Amara Diallo; "
         "and the police chief, Jonas Lindqvist."),
        ("sport", "Fenwick United met the Players Association in Leeds on Tuesday. Those in attendance included the "
         "chair of the Assembly, Rt. Hon. Owen Pritchard; the governor of Harbour State, Sen. Amara Diallo; "
         "and the police chief, Jonas Lindqvist."),
    ],
)
def test_a_roll_call_reads_on_past_a_title_abbreviation(nlp, beat, text):
    """The segmenter ends a sentence at "Rt." and "Hon."; the list goes on, and "Harbour State" is what an
    office is of, no one present."""
    [meeting] = _meetings(nlp, text)
    names = _names(meeting)
    assert {"Owen Pritchard", "Amara Diallo", "Jonas Lindqvist"} <= names, beat
    assert not any("State" in name for name in names)


def test_a_roll_call_alone_founds_no_encounter(nlp):
    assert _meetings(nlp, "Attendance at Fenwick United games has fallen this season.") == []


@pytest.mark.parametrize(
    ("beat", "text", "status"),
    [
        ("labour", "At a meeting with the Bakers Union on Tuesday, Dalby Foods cancelled the planned strike.",
         "held"),
        ("diplomacy", "Ministers from Ghana, Peru and Chile will meet in Geneva tomorrow. At past summits, "
         "they have dropped two members.", "planned"),
        ("sport", "Fenwick United will meet the Players Association in Leeds on Friday. In recent meetings, "
         "they have scrapped two bonus schemes.", "planned"),
        ("business", "Orvane Motors called off talks with the Metalworkers Union scheduled for Friday.",
         "cancelled"),
        ("health", "The Riverside Hospital Trust has cancelled three of the six scheduled bargaining sessions with "
         "the Nurses Guild.", "cancelled"),
        ("culture", "The union said the National Opera had cancelled three out of the five scheduled "
         "bargaining sessions with the Musicians Union once the stoppage began.", "cancelled"),
    ],
)
def test_a_cancelling_verb_with_its_own_object_cancels_that(nlp, beat, text, status):
    [meeting] = _meetings(nlp, text)
    assert meeting.status == status, beat


@pytest.mark.parametrize(
    ("beat", "text", "status"),
    [
        ("diplomacy", "Norway continues to bargain with the European Commission over fishing quotas.", "held"),
        ("labour", "Dalby Foods continues to negotiate with the Bakers Union over the pay freeze.", "held"),
        ("mining", "Boateng Gold is continuing to talk to the Mineworkers Union over safety rules.", "held"),
        ("business", "Orkney Capital will continue to negotiate with Tanaka Motors next week.", "planned"),
    ],
)
def test_talks_under_way_are_held(nlp, beat, text, status):
    [meeting] = _meetings(nlp, text)
    assert meeting.status == status, beat


@pytest.mark.parametrize(
    ("beat", "text", "statuses"),
    [
        ("labour", "Dalby Foods and the Bakers Union will meet again on Friday after all-day talks on Thursday "
         "failed to settle the pay dispute.", ["held", "planned"]),
        ("sport", "Fenwick United and the Players Association will resume negotiations on Friday after talks "
         "on Monday broke down.", ["held", "planned"]),
        ("government", "The Ministry of Works met Kaya Construction again on Tuesday after talks on Monday ended "
         "without a deal.", ["held", "held"]),
    ],
)
def test_an_earlier_round_is_an_encounter_of_the_same_sides(nlp, beat, text, statuses):
    meetings = _meetings(nlp, text)
    assert sorted(m.status for m in meetings) == statuses, beat
    assert len({frozenset(_names(m)) for m in meetings}) == 1


def test_an_earlier_round_needs_an_encounter_to_precede(nlp):
    assert _meetings(nlp, "The Bakers Union will strike on Monday after weekend talks failed.") == []


def test_the_encounter_told_is_no_earlier_round(nlp):
    text = ("Mayor Lucia Ferrante met council leader Owen Pritchard on Monday. After the meeting ended, Ferrante "
            "met police chief Sipho Dlamini.")
    meetings = _meetings(nlp, text)
    assert sorted(sorted(_names(m)) for m in meetings) == [["Lucia Ferrante", "Owen Pritchard"],
                                                          ["Lucia Ferrante", "Sipho Dlamini"]]


@pytest.mark.parametrize(
    ("beat", "text", "sides", "status"),
    [
        ("labour", "Dalby Foods is continuing talks with the Bakers Union over the pay freeze.",
         {"Dalby Foods", "Bakers Union"}, "held"),
        ("sport", "Kestrel Rovers continued talks with the Players Association on Tuesday over the new contracts.",
         {"Kestrel Rovers", "Players Association"}, "held"),
        ("diplomacy", "Chile continued talks with the European Commission on Monday over fishing quotas.",
         {"Chile", "European Commission"}, "held"),
        ("business", "Nakamura Motors will continue talks with Orkney Capital next week.",
         {"Nakamura Motors", "Orkney Capital"}, "planned"),
    ],
)
def test_talks_carried_on_are_held_by_the_subject(nlp, beat, text, sides, status):
    [meeting] = _meetings(nlp, text)
    assert _names(meeting) == sides, beat
    assert meeting.status == status, beat


@pytest.mark.parametrize(
    ("beat", "text", "sides"),
    [
        ("courts", "Judge Amara Okafor ordered Delacroix Pharma to meet the Patients Alliance.",
         {"Delacroix Pharma", "Patients Alliance"}),
        ("courts", "The tribunal ordered Delacroix Pharma and the Patients Alliance to enter mediation.",
         {"Delacroix Pharma", "Patients Alliance"}),
        ("labour", "The commission has ordered Sunbird Airways to resume talks with the Engineers Federation on "
         "Monday.", {"Sunbird Airways", "Engineers Federation"}),
        ("health", "The ministry instructed the Riverside Hospital Trust to hold talks with the Nurses Guild.",
         {"Riverside Hospital Trust", "Nurses Guild"}),
        ("mining", "Judge Tomasz Nowak directed Boateng Gold to negotiate with the Mineworkers Union.",
         {"Boateng Gold", "Mineworkers Union"}),
    ],
)
def test_the_one_ordered_to_meet_is_a_side_and_the_meeting_is_to_come(nlp, beat, text, sides):
    [meeting] = _meetings(nlp, text)
    assert _names(meeting) == sides, beat
    assert meeting.status == "planned", beat


@pytest.mark.parametrize(
    "text",
    [
        "The court ordered Delacroix Pharma to meet the costs of the appeal.",
        "The regulator ordered Quantia Systems to meet its targets by June.",
        "Judge Amara Okafor ordered a review of the settlement.",
    ],
)
def test_an_order_to_meet_a_cost_is_no_encounter(nlp, text):
    assert _meetings(nlp, text) == []
