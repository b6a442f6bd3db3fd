"""Encounter verbs after a subject told with its holder in apposition ("The head of the X Federation, A B,
hosted coach C D", "A B, head of the Y Group, rang Z"), which the small model reads as one verbless noun
phrase: invented sentences across beats."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting
from streams.enrich.repairs.apposed_subjects import FACTORY, apposed_subjects
from streams.ingest.article import Article

THURSDAY = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(enricher):
    def run(text: str) -> list[Meeting]:
        return list(enricher.enrich(Article(id="t", text=text, published_at=THURSDAY)).meetings)

    return run


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


def test_the_repair_makes_the_verb_the_root(nlp):
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
def test_well_read_or_other_sentences_stay_as_read(nlp, text):
    with nlp.select_pipes(disable=[FACTORY]):
        doc = nlp(text)
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    assert [(t.dep_, t.head.i, t.tag_) for t in apposed_subjects(doc)] == before
