"""MEETINGS and places: a visit to a site ("visited the X Museum", "will visit the Y factory") tells where someone
went, with nobody met, so no encounter, while "visited the X Museum and met its director, Y" is one with Y at the
museum and a body of people or a person visited is still met; a body whose name the small model runs over the
place after it ("lawyers for X Mining in Cardiff"); a relative clause on the subject whose place and day the
model hangs on the subject ("A, who met B, the ..., in X on Monday, said"). Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Span

from streams.enrich.cast.reading.ner_repair import repaired_ents
from streams.enrich.model import Meeting
from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def meetings(nlp: Language, text: str) -> list[Meeting]:
    return meetings_in(nlp, text, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Culture Minister Rosa Ulm visited the Kestrel Museum in Vienna on Monday.",  # culture
        "Health Minister Ola Brenn will visit the Kelby General Hospital next week.",  # health
        "Professor Mira Kolt visited the Institute of Marine Physics on Monday to see the new wing.",  # science
        "Labour Minister Vera Holm visited the Kellin Steel Works and the nearby harbour on Monday.",  # labour
        "Sports Minister Anja Rudd visited the Riverside Stadium, which reopened last year.",  # sport
        "On Monday Mayor Janet Orrin visited the Calder Community Centre.",  # local politics
        "Justice Minister Karin Dahl visited the Northgate Crown Court on Tuesday.",  # courts
        "Culture Minister Rosa Ulm visited the Vellum Opera House on Monday.",  # a site told by two words
    ],
)
def test_a_visit_to_a_site_alone_is_no_encounter(nlp, text):
    assert meetings(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "visitor", "met", "place"),
    [
        ("Culture Minister Rosa Ulm visited the Kestrel Museum and met its director, Hugo Marr, on Monday.",
         "Rosa Ulm", "Hugo Marr", "Kestrel Museum"),
        ("Justice Minister Karin Dahl visited the Hallam Prison on Monday and held talks with its governor, "
         "Elan Voss.", "Karin Dahl", "Elan Voss", "Hallam Prison"),
        ("President Ana Ruiz visited Carrow University in Madrid on Monday, where she met its rector, Piet Vries.",
         "Ana Ruiz", "Piet Vries", "Madrid"),
    ],
)
def test_a_visit_that_meets_someone_is_an_encounter_with_them_at_the_site(nlp, text, visitor, met, place):
    [meeting] = meetings(nlp, text)
    assert side_names(meeting) == {visitor, met}
    assert meeting.location is not None and meeting.location.name == place
    assert (meeting.status, meeting.mode) == ("held", "in_person")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Sports Minister Anja Rudd visited the Eastern Rowing Federation in Turin on Monday.",
         {"Anja Rudd", "Eastern Rowing Federation"}),  # a body of people is met
        ("Justice Minister Karin Dahl visited the Bar Council on Monday.", {"Karin Dahl", "Bar Council"}),
        ("President Ana Ruiz visited Chancellor Piet Vries in Berlin on Monday.", {"Ana Ruiz", "Piet Vries"}),
    ],
)
def test_a_body_or_a_person_visited_is_still_met(nlp, text, sides):
    [meeting] = meetings(nlp, text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize(
    ("text", "sides", "place"),
    [
        ("Judge Olaf Brant met lawyers for Kessel Mining in Cardiff on Monday.", {"Olaf Brant", "Kessel Mining"},
         "Cardiff"),  # courts
        ("Judge Olaf Brant sat down with lawyers for Kessel Mining in Cardiff on Monday.",
         {"Olaf Brant", "Kessel Mining"}, "Cardiff"),
        ("Judge Olaf Brant welcomed lawyers for Kessel Mining to Cardiff on Monday.",
         {"Olaf Brant", "Kessel Mining"}, "Cardiff"),
    ],
)
def test_a_place_after_a_body_is_where_they_met(nlp, text, sides, place):
    [meeting] = meetings(nlp, text)
    assert side_names(meeting) == sides
    assert meeting.location is not None and meeting.location.name == place


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The Church in Wales met Bishop Ana Ruiz.", 1, 4),  # one word before "in": may be its name
        ("Lawyers for Kessel Mining in Westmoor met.", 2, 6),  # a place no gazetteer knows: left as read
    ],
)
def test_other_bodies_keep_their_span(nlp, text, start, end):
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label="ORG")]
    assert (start, end) in {(e.start, e.end) for e in repaired_ents(doc, text)}


@pytest.mark.parametrize(
    ("text", "sides", "place"),
    [
        ("Chief Justice Hanne Lidd, who met the attorney-general, Simon Farrow, in Dublin on Monday, said the talks "
         "went well.", {"Hanne Lidd", "Simon Farrow"}, "Dublin"),  # courts
        ("Health Minister Ola Brenn, who met Dr Tove Marsh, head of the Kelby Hospital Trust, in Leeds on Monday, "
         "said the talks went well.", {"Ola Brenn", "Tove Marsh"}, "Leeds"),  # health
    ],
)
def test_the_place_and_day_after_the_relative_clause_are_its_meetings(nlp, text, sides, place):
    [meeting] = meetings(nlp, text)
    assert side_names(meeting) == sides
    assert meeting.location is not None and meeting.location.name == place
    assert meeting.date is not None and meeting.date.text == "Monday"


def test_the_saying_verbs_place_and_day_are_not_the_meetings(nlp):
    """The place and day after the main verb are the saying's, not the clause's."""
    text = "Mayor Janet Orrin, who met Chancellor Piet Vries last year, said in Berlin on Monday that funds would rise."
    [meeting] = meetings(nlp, text)
    assert side_names(meeting) == {"Janet Orrin", "Piet Vries"}
    assert meeting.location is None and (meeting.date is None or meeting.date.text != "Monday")
