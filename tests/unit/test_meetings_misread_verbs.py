"""Encounter verbs the small model misreads between two titled names ("hosted council leader X", "called
club owner X", "rang Bishop X") or after a subject told with its holder in apposition ("The head of the X
Federation, A B, hosted coach C D"), sides hung on the verb that holds the talks, and the tense of "has been meeting X":
invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting
from streams.enrich.repairs.apposed_subjects import FACTORY as APPOSED
from streams.enrich.repairs.apposed_subjects import apposed_subjects
from streams.enrich.repairs.lone_predicates import lone_predicates
from streams.enrich.repairs.stranded_verbs import stranded_verbs
from streams.enrich.repairs.verbless_sentences import verbless_sentences
from streams.ingest.article import Article

THURSDAY = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(enricher):
    def run(text: str) -> list[Meeting]:
        return list(enricher.enrich(Article(id="t", text=text, published_at=THURSDAY)).meetings)

    return run


def _sides(found: list[Meeting]) -> list[list[str]]:
    return [sorted(p.name for p in m.participants) for m in found]


@pytest.mark.parametrize(
    ("text", "sides", "place"),
    [
        ("Labour Minister Ngozi Okafor hosted union leader Hiroshi Tanaka in Abuja on Tuesday for talks on pay.",
         ["Hiroshi Tanaka", "Ngozi Okafor"], "Abuja"),  # labour
        ("Mayor Lucia Ferrante hosted council leader Owen Pritchard in Cardiff on Tuesday for talks on the budget.",
         ["Lucia Ferrante", "Owen Pritchard"], "Cardiff"),  # local government
        ("Fenwick United manager Tomasz Wrona hosted club owner Dmitri Sokolov in Manchester on Tuesday for talks.",
         ["Dmitri Sokolov", "Tomasz Wrona"], "Manchester"),  # sport
    ],
)
def test_a_host_before_a_titled_guest_meets_the_guest(meetings, text, sides, place):
    [meeting] = meetings(text)
    assert _sides([meeting]) == [sides]
    assert (meeting.status, meeting.location.name if meeting.location else None) == ("held", place)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Fenwick United manager Tomasz Wrona called club owner Dmitri Sokolov on Tuesday to discuss his contract.",
         ["Dmitri Sokolov", "Tomasz Wrona"]),  # sport
        ("Police Commissioner Sipho Dlamini called Bishop Aurelio Santos on Tuesday to discuss the riots.",
         ["Aurelio Santos", "Sipho Dlamini"]),  # courts and police
        ("Health Minister Mei Chen called nurses' union head Bridget O'Rourke on Tuesday to discuss staffing.",
         ["Bridget O'Rourke", "Mei Chen"]),  # health
        ("Police Commissioner Sipho Dlamini rang Bishop Aurelio Santos on Tuesday to discuss the riots.",
         ["Aurelio Santos", "Sipho Dlamini"]),  # courts and police
        ("Mayor Lucia Ferrante rang council leader Owen Pritchard on Tuesday to discuss the budget.",
         ["Lucia Ferrante", "Owen Pritchard"]),  # local government
        ("Halvorsen Foods chief executive Ingrid Solberg rang investor Rajesh Iyer on Tuesday to discuss the bid.",
         ["Ingrid Solberg", "Rajesh Iyer"]),  # business
    ],
)
def test_calling_or_ringing_a_titled_name_is_a_phone_call(meetings, text, sides):
    [meeting] = meetings(text)
    assert _sides([meeting]) == [sides]
    assert (meeting.status, meeting.mode) == ("held", "phone")


@pytest.mark.parametrize(
    "text",
    [
        "Fans called the referee a disgrace on Saturday.",  # sport: an object with its predicate
        "Bishop Aurelio Santos rang the bell on Tuesday.",  # no one on the line
        "Mayor Lucia Ferrante hosted the annual harbour festival in Cardiff on Tuesday.",  # an event, not a guest
    ],
)
def test_no_one_called_rung_or_hosted_is_no_meeting(meetings, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Talks were held between Halvorsen Foods chief Ingrid Solberg and investor Rajesh Iyer in Oslo on Tuesday.",
         "Oslo"),  # business
        ("Talks were held between Mayor Lucia Ferrante and council leader Owen Pritchard in Cardiff on Tuesday.",
         "Cardiff"),  # local government
        ("Talks were held between Transport Secretary Kofi Boateng and the Rail Workers Union in Leeds on Tuesday.",
         "Leeds"),  # labour
    ],
)
def test_talks_held_between_two_sides_take_place_where_the_sentence_says(meetings, text, place):
    [meeting] = meetings(text)
    assert meeting.location is not None and meeting.location.name == place


def test_the_repairs_give_the_verb_its_object(nlp):
    """Each repair on its own, on the model's reading: the verb heads the clause, the name is its object."""
    hosted = nlp("Mayor Lucia Ferrante hosted council leader Owen Pritchard in Cardiff on Tuesday.")
    called = nlp("Police Commissioner Sipho Dlamini called Bishop Aurelio Santos on Tuesday to discuss it.")
    rang = nlp("Mayor Lucia Ferrante rang council leader Owen Pritchard on Tuesday to discuss the budget.")
    for doc, verb, name in ((hosted, 3, 7), (called, 4, 7), (rang, 3, 7)):
        assert doc[name].dep_ == "dobj" and doc[name].head.i == verb, doc
        assert doc[verb].head.i == verb and doc[verb].dep_ == "ROOT"
    assert rang[2].dep_ == "nsubj" and rang[3].tag_ == "VBD"


@pytest.mark.parametrize("repair", [stranded_verbs, lone_predicates, verbless_sentences])
def test_well_read_sentences_stay_as_read(nlp, repair):
    for text in ("The vote followed a heated debate in the chamber.", "Fans called the referee a disgrace.",
                 "Mayor Lucia Ferrante met council leader Owen Pritchard.", "Record rainfall in the valley."):
        doc = nlp(text)
        before = [(t.dep_, t.head.i, t.tag_) for t in doc]
        assert [(t.dep_, t.head.i, t.tag_) for t in repair(doc)] == before


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Lucia Ferrante says she has been meeting council leader Owen Pritchard this week to discuss the budget.",
        "Coach Kwame Asante says he has been meeting club owner Dmitri Sokolov this week about his contract.",
        "Health Minister Mei Chen has been meeting nurses' union head Bridget O'Rourke this week over staffing.",
    ],
)
def test_a_perfect_progressive_reports_encounters_held(meetings, text):
    """"has been meeting X this week" tells what has happened, not a schedule: a present perfect."""
    [meeting] = meetings(text)
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "text",
    [
        "Labour Minister Ngozi Okafor said she hoped one day to meet union leader Hiroshi Tanaka.",  # labour
        "Fenwick United manager Tomasz Wrona said he hoped one day to sit down with club owner Dmitri Sokolov.",
        # sport
        "Health Minister Mei Chen plans at some point to meet nurses' leader Bridget O'Rourke.",  # health
    ],
)
def test_a_wish_for_no_day_on_the_plan_verb_is_no_meeting(meetings, text):
    assert meetings(text) == []


def test_a_dated_hope_stays_a_plan(meetings):
    [meeting] = meetings("Mayor Lucia Ferrante hopes to meet council leader Owen Pritchard on Friday.")  # local
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mayor Lucia Ferrante led a delegation to Cardiff on Tuesday for talks with council leader Owen Pritchard.",
         "Cardiff"),  # local government
        ("Foreign Minister Arash Tehrani led a delegation to Tokyo on Tuesday for talks with envoy Keiko Watanabe.",
         "Tokyo"),  # diplomacy
        ("Labour Minister Ngozi Okafor led a team to Abuja on Tuesday for talks with union leader Hiroshi Tanaka.",
         "Abuja"),  # labour
    ],
)
def test_a_party_led_to_a_place_for_talks_meets_there(meetings, text, place):
    [meeting] = meetings(text)
    assert meeting.location is not None and meeting.location.name == place


@pytest.mark.parametrize(
    ("text", "sides", "mode", "place"),
    [
        ("The head of the Eastern Rowing Federation, Karl Berg, hosted coach Dario Venn in Turin on Monday.",
         {"Karl Berg", "Dario Venn"}, "in_person", "Turin"),  # sport
        ("Ines Marro, head of the Halvorsen Group, hosted investor Pavel Drozd in Zurich on Monday.",
         {"Ines Marro", "Pavel Drozd"}, "in_person", "Zurich"),  # business
        ("The director of the Kestrel Museum, Hugo Marr, phoned conductor Yuki Tane on Monday to discuss the budget.",
         {"Hugo Marr", "Yuki Tane"}, "phone", None),  # culture
        ("The prime minister of Norland, Lena Dahl, rang President Ivo Maric on Monday.",
         {"Lena Dahl", "Ivo Maric"}, "phone", None),  # diplomacy
        ("The general secretary of the Rail Workers Union, Omar Kett, called Labour Minister Vera Holm on Monday.",
         {"Omar Kett", "Vera Holm"}, "phone", None),  # labour
    ],
)
def test_a_verb_after_an_apposed_subject_meets_its_object(meetings, text, sides, mode, place):
    [meeting] = meetings(text)
    assert {p.name for p in meeting.participants} == sides
    assert (meeting.status, meeting.mode) == ("held", mode)
    assert (meeting.location.name if meeting.location else None) == place


def test_the_apposed_subject_repair_makes_the_verb_the_root(nlp):
    doc = nlp("The head of the Eastern Rowing Federation, Karl Berg, hosted coach Dario Venn on Monday.")
    assert doc[11].dep_ == "ROOT" and doc[11].tag_ == "VBD"
    assert doc[1].dep_ == "nsubj" and doc[1].head.i == 11
    assert doc[14].dep_ == "dobj" and doc[14].head.i == 11


@pytest.mark.parametrize(
    "text",
    [
        "The head of the Eastern Rowing Federation, Karl Berg, met coach Dario Venn.",  # read right already
        "The head of the federation, Karl Berg, said he had hosted coach Dario Venn.",  # a verb heads it
        "Winners: the head of the federation, Karl Berg, and coach Dario Venn.",  # no past form after the commas
        "A record crowd, some forty thousand, packed into the stadium.",
    ],
)
def test_sentences_without_an_apposed_subjects_verb_stay_as_read(nlp, text):
    with nlp.select_pipes(disable=[APPOSED]):
        doc = nlp(text)
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    assert [(t.dep_, t.head.i, t.tag_) for t in apposed_subjects(doc)] == before
