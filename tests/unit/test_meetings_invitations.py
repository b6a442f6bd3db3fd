"""MEETINGS: encounters told as invitations.

"X invited Y to resume talks / to hold talks / to meet": the invited one (or the body the invited people act
for) and the one who invites are the sides of a planned encounter; "Y accepted an invitation from X to talks" is
planned too, with both sides; an invitation to an occasion that is declined, there or in the next sentence, is
an encounter called off. The precision side: invitations to tender, to apply, to comment, to speak; an
invitation declined to no occasion, like "declined to meet", tells none. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Uruguay invited Zambia to resume talks.", {"Uruguay", "Zambia"}),
    ("The Transport Workers Union invited Harlow Freight to resume talks.",
     {"Transport Workers Union", "Harlow Freight"}),
    ("Orkney Capital has invited Tanaka Motors to hold talks on the dispute.", {"Orkney Capital", "Tanaka Motors"}),
    ("The Polar Survey Office invited the Fisheries Authority to meet in Tromso next month.",
     {"Polar Survey Office", "Fisheries Authority"}),
    ("The Artists Guild accepted an invitation from the National Gallery Trust to talks in Lusaka.",
     {"Artists Guild", "National Gallery Trust"}),
])
def test_the_inviter_and_the_invited_are_the_sides_of_a_planned_encounter(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "planned"


@pytest.mark.parametrize("text", [
    "The Miners Union invited management at Dalmont Steel to resume talks.",
    "The Miners Union invited executives from Dalmont Steel to resume talks.",
])
def test_people_invited_for_a_body_stand_for_it(run, text: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == {"Miners Union", "Dalmont Steel"}
    assert meeting.status == "planned"


def test_an_encounter_with_its_own_counterpart_leaves_the_inviter_out(run) -> None:
    [meeting] = run("Uruguay invited Zambia to hold talks with Malawi in Montevideo next month.")
    assert side_names(meeting) == {"Zambia", "Malawi"}


@pytest.mark.parametrize(("text", "sides"), [
    ("Zambia declined an invitation to talks with Uruguay in Montevideo.", {"Uruguay", "Zambia"}),
    ("Uruguay invited Zambia to talks in Montevideo next week, but Zambia declined.", {"Uruguay", "Zambia"}),
    ("Orkney Capital has invited Tanaka Motors to talks in Accra. Tanaka Motors turned down the invitation.",
     {"Orkney Capital", "Tanaka Motors"}),
])
def test_an_invitation_to_an_occasion_turned_down_is_called_off(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "cancelled"


def test_an_invitation_to_talks_not_turned_down_stays_planned(run) -> None:
    [meeting] = run("Orkney Capital has invited Tanaka Motors to talks in Accra. Tanaka Motors declined to comment.")
    assert meeting.status == "planned"


@pytest.mark.parametrize("text", [
    "The Rugby Board invited tenders for the new stadium in Cardiff.",
    "Orkney Capital invited applications for the post of director.",
    "Mayor Ana Petrov invited the public to comment on the plan.",
    "The Polar Survey Office invited the Fisheries Authority to apply for the grant.",
    "The National Gallery Trust invited the Artists Guild to speak at the conference in Lusaka.",
    "The Artists Guild declined an invitation to the gala in Lusaka.",
    "Harlow Freight declined an invitation to talks.",
    "The Miners Union invited Dalmont Steel after the strike ended on Monday.",
])
def test_invitations_to_no_encounter_tell_none(run, text: str) -> None:
    assert run(text) == []
