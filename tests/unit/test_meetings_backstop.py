"""MEETINGS recall backstop: encounter words of every kind, tied to two named parties, on every beat.

The sentences use words the specific detectors do not know ("bargained", "consulted", "had lunch
with", "greeted", "called X", "deliberations", "teleconference"), so they are found by the backstop or
not at all; the look-alikes use the same words where nobody meets. Every sentence is invented
(people, companies, unions and clubs are made up; cities are real). Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings.backstop import encounter_hashes, find_encounters
from streams.enrich.extractors.meetings.detect import positions_of
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def surnames(meeting: Meeting) -> set[str]:
    return {p.name.split()[-1] for p in meeting.participants}


@pytest.mark.parametrize(
    ("beat", "text", "sides", "status", "mode", "iso"),
    [
        ("business", "Orvane Motors bargained with the Metalworkers Union until late on Tuesday.",
         {"Motors", "Union"}, "held", "unknown", None),
        ("business", "Regulator Anna Pike consulted with executives of Keltra Energy on Friday.",
         {"Pike", "Energy"}, "held", "unknown", "2026-03-06"),
        ("business", "Banker Ruth Adler had lunch with Orvane Motors chief executive Lisa Brandt on Monday.",
         {"Adler", "Brandt"}, "held", "in_person", "2026-03-09"),
        ("labour", "Dalby Foods and the Bakers Union bargained for ten hours on Friday.",
         {"Foods", "Union"}, "held", "unknown", "2026-03-06"),
        ("local government", "Mayor Paula Grant and Governor Sam Okafor talked for an hour on Monday.",
         {"Grant", "Okafor"}, "held", "unknown", "2026-03-09"),
        ("labour", "Mediator Joan Ellis mediated between Dalby Foods and the Bakers Union on Wednesday.",
         {"Ellis", "Foods", "Union"}, "held", "unknown", "2026-03-11"),
        ("sport", "Coach Marco Vitti chatted with club president Elena Ross at the training ground on Monday.",
         {"Vitti", "Ross"}, "held", "unknown", "2026-03-09"),
        ("sport", "Coach Marco Vitti called striker Leo Hart on Sunday to tell him he was dropped.",
         {"Vitti", "Hart"}, "held", "phone", "2026-03-08"),
        ("local government", "Deputy Mayor Nils Berg telephoned Governor Sam Holt on Monday.",
         {"Berg", "Holt"}, "held", "phone", "2026-03-09"),
        ("local government", "Governor Sam Holt will have dinner with Mayor Paula Grant next week.",
         {"Holt", "Grant"}, "planned", "in_person", None),
        ("science", "Physicist Omar Reyes had breakfast with Nobel laureate Ida Berg in Geneva on Saturday.",
         {"Reyes", "Berg"}, "held", "in_person", "2026-03-07"),
        ("science", "The Norlab Institute will consult with Keltra Energy and Mayor Paula Grant next month.",
         {"Institute", "Energy", "Grant"}, "planned", "unknown", None),
        ("diplomacy", "President Ana Ruiz held a teleconference with Chancellor Piet Vries on Monday.",
         {"Ruiz", "Vries"}, "held", "video", "2026-03-09"),
        ("local government", "Mayor Paula Grant got a call from Governor Sam Okafor on Tuesday.",
         {"Grant", "Okafor"}, "held", "phone", "2026-03-10"),
    ],
)
def test_encounter_word_tied_to_two_parties(run, beat, text, sides, status, mode, iso):
    [meeting] = run(text)
    assert surnames(meeting) == sides, beat
    assert (meeting.status, meeting.mode) == (status, mode)
    assert (meeting.date.iso if meeting.date else None) == iso


@pytest.mark.parametrize(
    ("text", "sides", "place", "mode"),
    [
        ("Mayor Paula Grant greeted Governor Sam Holt at City Hall on Thursday.", {"Grant", "Holt"}, "City Hall",
         "in_person"),
        ("Foreign Minister Ola Nilsen held deliberations with his Danish counterpart Mette Lund in Oslo on Tuesday.",
         {"Nilsen", "Lund"}, "Oslo", "unknown"),
    ],
)
def test_place_of_the_encounter(run, text, sides, place, mode):
    [meeting] = run(text)
    assert surnames(meeting) == sides and meeting.mode == mode
    assert meeting.location is not None and meeting.location.name == place


@pytest.mark.parametrize(
    "text",
    [
        "Senator Greg Olson called President Ana Ruiz a liar on Monday.",  # naming, not a call
        "The Bakers Union called on Dalby Foods to resume talks.",  # urging
        "Mayor Paula Grant welcomed the decision by Governor Sam Holt.",  # a decision is nobody
        "Governor Sam Holt received an award from the Bakers Union on Friday.",
        "Keltra Energy often consults with the Bakers Union.",  # a habit
        "Mayor Paula Grant did not greet Governor Sam Holt.",  # negated
        "President Ana Ruiz would chat with Chancellor Piet Vries if he asked.",  # a condition
        "Dynamo Kyiv hosted Spartak Moscow in the cup final on Sunday.",  # sport
        "Rovers and United met in the semi-final on Sunday.",  # sport
        "Rovers and United met in a league match on Sunday.",
        "President Ana Ruiz and Chancellor Piet Vries spoke to reporters in Lisbon on Monday.",  # a briefing
        "Astronomers at the Norlab Institute discussed the findings in a paper published on Monday.",
        "Orvane Motors welcomed Lisa Brandt as its new chief executive.",  # an appointment
        "Rovers welcomed Leo Hart as their new striker on Monday.",
        "Keltra Energy said it would welcome talks with the Food Workers Union.",  # an attitude, not talks
        "The Norlab Institute received a grant from Keltra Energy.",
        "Mayor Paula Grant called Governor Sam Holt's plan reckless.",
        "The Food Workers Union called a strike at Norcast Foods on Monday.",
        "The plan drew a call from Senator Greg Olson for a public inquiry.",  # an appeal
        "Mayor Paula Grant and Governor Sam Okafor spoke at a rally in Denver.",  # two speeches
        "Governor Sam Okafor discussed flood warnings with meteorological experts.",  # nobody in particular
        "President Ana Ruiz and Chancellor Piet Vries spoke at the climate summit in Lima on Monday.",  # a stage
    ],
)
def test_look_alike_is_no_encounter(run, text):
    assert run(text) == []


def test_sides_hung_on_the_verb_of_the_meeting_noun(run):
    [talks] = run("Talks were held on Monday between Orvane Motors and the Metalworkers Union.")
    assert {p.name for p in talks.participants} == {"Orvane Motors", "Metalworkers Union"}
    assert talks.status == "held" and talks.date is not None and talks.date.iso == "2026-03-09"


def test_league_officials_are_no_contest(run):
    [talks] = run("Club chairman Tom Reed held talks with league officials and coach Marco Vitti on Monday.")
    assert {"Reed", "Vitti"} <= surnames(talks)


def test_a_final_round_of_talks_is_no_contest(run):
    [talks] = run("The two sides agreed to a final round of talks between President Ana Ruiz and Chancellor Piet "
                  "Vries in Lisbon next week.")
    assert surnames(talks) == {"Ruiz", "Vries"} and talks.status == "planned"


@pytest.mark.parametrize("verb", ["bargained", "met"])
def test_the_two_sides_are_the_organisations_named_before(run, verb):
    [talks] = run(f"Norcast Foods and the Food Workers Union resumed their dispute on Monday. The two sides {verb} "
                  "until midnight on Tuesday.")
    assert {p.name for p in talks.participants} == {"Norcast Foods", "Food Workers Union"}
    assert talks.date is not None and talks.date.iso == "2026-03-10"


def test_two_teams_that_played_meet_in_a_match(run):
    assert run("Rovers and United drew 1-1 in Leeds. The sides meet again on Saturday.") == []


def test_a_group_anaphor_with_no_one_before_is_no_encounter(run):
    assert run("They had lunch in Denver on Monday.") == []


def test_backstop_needs_two_parties(nlp):
    doc = parse(Article(id="b", text="Mayor Paula Grant consulted widely. Mayor Paula Grant consulted with "
                                     "Governor Sam Holt.", published_at=PUBLISHED), nlp).doc
    names = NameIndex.build(doc)
    first, second = list(doc.sents)
    assert positions_of(doc, encounter_hashes()) == [[3, 9]]
    assert find_encounters(first, names) == []
    assert [t.token.lower_ for t in find_encounters(second, names)] == ["consulted"]
