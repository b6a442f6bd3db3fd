"""MEETINGS with a group described by what follows it as the other side: no name is given, so the group as
written is the participant ("residents of the northern district"), never a guess at its people.

Every sentence is invented. Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import load_nlp, parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def run():
    nlp = load_nlp()

    def extract(text: str) -> list[Meeting]:
        return extract_meetings(parse(Article(id="g", text=text, published_at=PUBLISHED), nlp))

    return extract


@pytest.mark.parametrize(("text", "person", "group", "status"), [
    ("Chief executive Marta Kowalczyk would meet the leaders of the county's three largest unions on Thursday.",
     "Marta Kowalczyk", "leaders of the county's three largest unions", "planned"),
    ("Mayor Ines Carvalho met residents of the northern district on Monday.",
     "Ines Carvalho", "residents of the northern district", "held"),
    ("Health Secretary Omar Haddad held talks with representatives of the striking nurses on Tuesday.",
     "Omar Haddad", "representatives of the striking nurses", "held"),
    ("Coach Tunde Bakare will meet officials from the regional federation on Friday.",
     "Tunde Bakare", "officials from the regional federation", "planned"),
    ("Professor Chen Wei met the directors of the national space agency on Monday.",
     "Chen Wei", "directors of the national space agency", "held"),
])
def test_a_group_described_after_its_noun_is_a_side(run, text: str, person: str, group: str, status: str) -> None:
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == {person, group}
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "The heads of the agencies agreed on Tuesday to share data after a video call. Anna Berg and Kofi Mensah "
    "joined the call from their offices.",
    "Officials from both sides will meet in May, said Ambassador Keiko Sato and Minister Ravi Menon.",
    "Heads of three river authorities met on Tuesday. Lena Dahl, Ivo Maric and Sipho Ndlovu took part.",
])
def test_a_group_that_points_to_people_named_elsewhere_is_no_side(run, text: str) -> None:
    """"The heads of the agencies", "both sides", "three authorities": the article names their people."""
    assert all(not p.name[0].islower() for m in run(text) for p in m.participants)
