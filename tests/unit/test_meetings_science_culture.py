"""MEETINGS on the science and culture beats: institutes and observatories as sides, festivals run by a body,
scientists and artists introduced by their trade, sides told with their holder in apposition, "rang" misread.

Every sentence is invented (people, institutes, museums and festivals are made up; cities are real so that
places can be checked). Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def place(meeting: Meeting) -> str | None:
    return meeting.location.name if meeting.location else None


def test_an_observatory_the_model_calls_a_building_is_a_side(run):
    [talks] = run("The Institute of Marine Physics met the Halden Observatory in Bergen on Monday.")
    assert side_names(talks) == {"Institute of Marine Physics", "Halden Observatory"}
    assert {p.kind for p in talks.participants} == {"organization"}
    assert (talks.status, talks.mode, place(talks)) == ("held", "in_person", "Bergen")


@pytest.mark.parametrize("venue", ["Halden Observatory", "Kessler Laboratory"])
def test_an_institution_after_at_stays_the_venue(run, venue):
    [talks] = run(f"Professor Mira Kolt met Dr Anton Berg at the {venue} on Monday.")
    assert side_names(talks) == {"Mira Kolt", "Anton Berg"}
    assert place(talks) == venue


def test_a_festival_named_as_a_body_is_phoned(run):
    [call] = run("Culture Minister Rosa Ulm phoned the Vellum Arts Festival on Monday.")
    assert side_names(call) == {"Rosa Ulm", "Vellum Arts Festival"}
    assert (call.status, call.mode) == ("held", "phone")


def test_a_hosted_festival_is_an_event_not_a_side(run):
    assert run("The town of Bilbao hosted the Vellum Arts Festival on Monday.") == []


def test_two_scientists_introduced_by_their_trades_met(run):
    [talks] = run("Physicist Ada Lisk and astronomer Lars Fenn met in Heidelberg on Monday.")
    assert side_names(talks) == {"Ada Lisk", "Lars Fenn"}
    assert place(talks) == "Heidelberg"


def test_a_laureate_read_into_a_work_title_is_a_person(run):
    [talks] = run("Space agency director Nils Odeg met Nobel laureate Eva Stram in Salzburg on Monday.")
    assert side_names(talks) == {"Nils Odeg", "Eva Stram"}
    stram = next(p for p in talks.participants if p.name == "Eva Stram")
    assert (stram.kind, stram.title) == ("person", "Nobel laureate")


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between the director of the Kestrel Museum, Hugo Marr, and conductor Yuki Sorel was held in "
        "Graz on Monday.",
        "Talks were held between the director of the Kestrel Museum, Hugo Marr, and conductor Yuki Sorel in Graz "
        "on Monday.",
    ],
)
def test_between_a_side_told_with_its_holder_in_apposition_and_another(run, text):
    [talks] = run(text)
    assert side_names(talks) == {"Hugo Marr", "Yuki Sorel"}
    assert (talks.status, place(talks)) == ("held", "Graz")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("President Ana Ruiz rang Chancellor Piet Vries on Monday.", {"Ana Ruiz", "Piet Vries"}),
        ("Professor Li Wen rang Professor Sofia Marek on Monday.", {"Li Wen", "Sofia Marek"}),
        ("Deputy Mayor Sven Rook phoned police chief Ada Quist on Monday.", {"Sven Rook", "Ada Quist"}),
    ],
)
def test_a_past_form_tagged_as_a_noun_heading_the_sentence_is_the_call(run, text, sides):
    [call] = run(text)
    assert side_names(call) == sides
    assert (call.status, call.mode) == ("held", "phone")


@pytest.mark.parametrize(
    "text",
    [
        "Professor Mira Kolt gave a talk on black holes at the Halden Observatory on Monday.",
        "The team led by Professor Mira Kolt met its target on Monday.",
        "Professor Mira Kolt and Dr Anton Berg co-authored a paper on black holes.",
        "Professor Mira Kolt met the deadline for the report on Monday.",
        "Physicist Ada Lisk visited the Halden Observatory exhibition on Monday.",
        "Mayor Ana Ruiz rang the bell to open the Vellum Arts Festival on Tuesday.",
    ],
)
def test_lectures_targets_papers_and_events_are_no_meetings(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Physicist Ada Lisk and astronomer Lars Fenn attended a conference on dark matter in Leiden on Monday.",
        "Museum director Sara Lund and the painter Iker Basa took part in a symposium on restoration in Bilbao.",
        "Professor Mira Kolt and Dr Anton Berg attended a workshop on gene editing in Delft on Monday.",
    ],
)
def test_those_who_attend_an_open_conference_are_its_audience(run, text):
    assert run(text) == []


def test_a_conference_attended_with_someone_names_the_side(run):
    [talks] = run("Professor Mira Kolt attended a conference with Dr Anton Berg in Leiden on Monday.")
    assert side_names(talks) == {"Mira Kolt", "Anton Berg"}
    assert place(talks) == "Leiden"


@pytest.mark.parametrize(
    "text",
    [
        "Professor Mira Kolt called off a meeting with Dr Anton Berg planned for Friday in Leiden.",
        "Curator Sara Lund called off a meeting with the painter's agent Iker Basa planned for Friday in Leiden.",
    ],
)
def test_a_called_off_meeting_keeps_the_place_and_day_it_was_planned_for(run, text):
    [talks] = run(text)
    assert (talks.status, talks.mode, place(talks)) == ("cancelled", "in_person", "Leiden")
    assert talks.date is not None and talks.date.iso == "2026-03-13"
