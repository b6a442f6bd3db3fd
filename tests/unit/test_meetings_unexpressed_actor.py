"""MEETINGS whose second side is the unexpressed actor of the clause the encounter sits in: "X, speaking after her
meeting with Y, said" (a participle set on X), "X said that after meeting Y, it was clear ..." (a subjectless
gerund under an empty "it", said by X), and "X said Y voiced doubts during a meeting" (a person alone at an
indefinite, side-less scene, reported by X, who was there). Across beats, with the probes that must not fire:
speeches, a definite meeting told elsewhere, a body's session, a ministry or unnamed tellers, an organisation
acting at the session, a deadline met, habits and wished-for talks.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Harlan Motors chief executive Dana Pruitt, speaking after an hour of talks with Velder Bank chairman "
     "Owen Sato, said the loan would be extended.", {"Dana Pruitt", "Owen Sato"}),
    ("Union leader Marta Kiss, commenting after talks with Tessin Rail chief Paul Aubry, said the strike was off.",
     {"Marta Kiss", "Paul Aubry"}),
    ("Mayor Carla Diaz, speaking after her meeting with developer Hal Brent, said the housing plan was on track.",
     {"Carla Diaz", "Hal Brent"}),
    ("Astronomer Lena Voss, writing after a long meeting with agency director Karl Dunn, said the telescope would be "
     "funded.", {"Lena Voss", "Karl Dunn"}),
])
def test_a_participle_on_a_person_tells_that_persons_encounter(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


@pytest.mark.parametrize(("text", "sides"), [
    ("Governor Ivan Petrov said that after meeting hospital chief Lena Moss, it was clear the ward would stay open.",
     {"Ivan Petrov", "Lena Moss"}),
    ("Dana Pruitt said that after meeting Owen Sato, it was clear the loan would be extended.",
     {"Dana Pruitt", "Owen Sato"}),
])
def test_a_gerund_under_an_empty_it_is_the_tellers(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


@pytest.mark.parametrize(("text", "sides"), [
    ("Union chief Sam Ortiz said Finance Minister Rosa Vega voiced concern about the pay deal during a meeting here "
     "yesterday.", {"Sam Ortiz", "Rosa Vega"}),
    ("Dana Pruitt said Owen Sato raised doubts about the merger during a meeting on Tuesday.",
     {"Dana Pruitt", "Owen Sato"}),
    ("Astronomer Lena Voss said agency director Karl Dunn promised new funds at a meeting in Bonn last week.",
     {"Lena Voss", "Karl Dunn"}),
])
def test_the_teller_of_a_persons_act_at_a_meeting_was_there(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


@pytest.mark.parametrize("text", [
    "Mayor Carla Diaz, speaking at a press conference, said the housing plan was on track.",
    "Union chief Sam Ortiz said Finance Minister Rosa Vega voiced concern about the pay deal during the meeting.",
    "The finance ministry said Rosa Vega voiced concern about the pay deal during a meeting on Tuesday.",
    "Analysts said Owen Sato raised doubts about the merger during a meeting on Tuesday.",
    "Dana Pruitt said Owen Sato raised doubts about the merger during a speech on Tuesday.",
    "Dana Pruitt said Owen Sato would raise doubts about the merger if a meeting were held.",
    "Governor Ivan Petrov said that after meeting the deadline, it was clear the ward would stay open.",
    "Dana Pruitt said that after meeting investors every quarter, it was clear the loan would be extended.",
    "Dana Pruitt, seeking talks with Owen Sato, said the loan could be extended.",
    "Director Ola Berg said it was going to be tough to hold talks with the Lund Players Guild before the season.",
    "Mayor Carla Diaz, addressing a meeting of the Ardley Housing Association, said the plan was on track.",
])
def test_no_encounter_of_two_named_sides(run, text: str) -> None:
    assert [m for m in run(text) if len(m.participants) >= 2] == []


@pytest.mark.parametrize("text", [
    "Union chief Sam Ortiz said Finance Minister Rosa Vega voiced concern at a cabinet meeting on Tuesday.",
    "Union chief Sam Ortiz said the Harbor Board approved the plan during a meeting on Tuesday.",
])
def test_a_bodys_session_gains_no_teller(run, text: str) -> None:
    assert all("Sam Ortiz" not in side_names(m) for m in run(text))
