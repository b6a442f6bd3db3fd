"""MEETINGS with a body whose name the small model runs over the place after it ("lawyers for X Mining in
Cardiff" read as one organisation): the place is where they met, the body is the side. Invented names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

import pytest
from spacy.language import Language
from spacy.tokens import Span

from streams.enrich.cast.reading.ner_repair import repaired_ents
from streams.enrich.model import Meeting
from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def run(nlp: Language) -> Callable[..., list[Meeting]]:
    return partial(meetings_in, nlp, published=PUBLISHED)


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
def test_a_place_after_a_body_is_where_they_met(run, text, sides, place):
    [meeting] = run(text)
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
