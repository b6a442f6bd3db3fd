"""MEETINGS: who a side is when a voice reports for someone, when co-attendees are only an audience, and when
a name is read into a group's description. Every name, body and place is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def surnames(meeting: Meeting) -> set[str]:
    return {p.name.split()[-1] for p in meeting.participants}


@pytest.mark.parametrize(("text", "sides", "status"), [
    # "X's office said": the office reports X's encounter (local politics)
    ("A meeting with Paulo Nunes has been called off, Hana Berg's office said.", {"Nunes", "Berg"}, "cancelled"),
    # "a spokesman for X said" (sport)
    ("The talks with Ade Okonkwo went well, a spokesman for Bruno Salvi said.", {"Okonkwo", "Salvi"}, "held"),
    # "X's aides said" (business)
    ("Lidia Okafor-Ranta's aides said the meeting with Tomas Reyna on Monday was productive.",
     {"Okafor-Ranta", "Reyna"}, "held"),
    # "X's spokeswoman said" (science)
    ("The talks with Ines Duarte ended without a deal, Karl Lind's spokeswoman said.", {"Duarte", "Lind"}, "held"),
])
def test_a_voice_reports_the_side_it_speaks_for(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Ana Ruiz and Tomas Reyna both attended the G7 summit in Tamsford on Tuesday.",  # diplomacy
    "Paulo Nunes and Hana Berg attended the Regional Mayors Forum on Friday.",  # local politics
    "Lidia Okafor-Ranta and Tomas Reyna attended the Coastal States summit on Monday.",  # business
    "Bruno Salvi and Ade Okonkwo took part in the Global Football Congress on Monday.",  # sport
    "Karl Lind and Ines Duarte attended the International Botany Congress in Corvallo.",  # science
])
def test_co_attendees_of_a_bodys_gathering_did_not_meet(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Ana Ruiz and Tomas Reyna attended talks with Lidia Okafor-Ranta on Tuesday.", {"Ruiz", "Reyna", "Okafor-Ranta"}),
    ("Paulo Nunes met Hana Berg on Monday. Karl Lind also attended the meeting.", {"Nunes", "Berg", "Lind"}),
])
def test_attending_talks_with_someone_is_an_encounter(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert surnames(meeting) == sides


@pytest.mark.parametrize(("text", "name", "group"), [
    ("Hana Berg said she will meet Paulo Nunes and staff representatives on Friday.",  # labour
     "Paulo Nunes", "staff representatives"),
    ("Lidia Okafor-Ranta will meet Tomas Reyna and union representatives on Friday.", "Tomas Reyna",  # business
     "union representatives"),
    ("Ana Ruiz held talks with Ines Duarte and Andorran officials on Tuesday.", "Ines Duarte",  # diplomacy
     "Andorra"),  # a state told by its people's nationality is the state
])
def test_a_name_before_a_described_group_is_its_own_side(run, text: str, name: str, group: str) -> None:
    [meeting] = run(text)
    parties = {p.name for p in meeting.participants}
    assert {name, group} <= parties
    assert not any(" and " in p for p in parties)


@pytest.mark.parametrize(("text", "status"), [
    ("Lidia Okafor-Ranta has summoned Tomas Reyna to a meeting on Friday.", "planned"),  # business
    ("Hana Berg has been summoned to talks with Paulo Nunes on Monday.", "planned"),  # local politics
    ("Bruno Salvi has summoned Marco Fontana to a meeting on Friday to discuss his contract.", "planned"),  # sport
    ("Tomas Reyna was summoned to a meeting with Lidia Okafor-Ranta on Tuesday.", "held"),  # told since, held
])
def test_a_summons_told_as_news_dates_an_encounter_to_come(run, text: str, status: str) -> None:
    [meeting] = run(text)
    assert len(meeting.participants) == 2
    assert meeting.status == status


@pytest.mark.parametrize(("text", "holder"), [
    ("Bruno Salvi held talks with the player's agent, Marco Fontana, on Tuesday.", "Marco Fontana"),  # sport
    ("Karl Lind met the firm's lawyer, Ines Duarte, on Tuesday.", "Ines Duarte"),  # courts
    ("Hana Berg will meet the council's adviser, Paulo Nunes, on Friday.", "Paulo Nunes"),  # local politics
])
def test_a_role_named_in_apposition_is_its_holder(run, text: str, holder: str) -> None:
    [meeting] = run(text)
    assert holder in {p.name for p in meeting.participants}
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(("text", "sides"), [
    ("Ana Ruiz and Tomas Reyna wrapped up two days of talks in Tamsford on Tuesday.", {"Ruiz", "Reyna"}),  # diplomacy
    ("Hana Berg and Paulo Nunes hammered out a pay deal over three days of talks.", {"Berg", "Nunes"}),  # labour
    ("Lidia Okafor-Ranta completed two rounds of talks with Tomas Reyna on Monday.",  # business
     {"Okafor-Ranta", "Reyna"}),
])
def test_talks_measured_and_finished_were_held(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.status == "held"


@pytest.mark.parametrize(("text", "sides", "mode"), [
    ("Karl Lind joined Ines Duarte by video link for talks on Tuesday.", {"Lind", "Duarte"}, "video"),  # science
    ("Lidia Okafor-Ranta joined Tomas Reyna by phone on Monday.", {"Okafor-Ranta", "Reyna"}, "phone"),  # business
    ("Hana Berg joined Paulo Nunes by video link on Wednesday.", {"Berg", "Nunes"}, "video"),  # local politics
])
def test_joining_someone_by_a_channel_is_a_call(run, text: str, sides: set[str], mode: str) -> None:
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.mode == mode


def test_joining_a_seminar_by_phone_names_no_side(run) -> None:
    assert run("Karl Lind joined the seminar by phone on Tuesday.") == []
