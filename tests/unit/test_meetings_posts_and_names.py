"""MEETINGS whose sides are a post held for a body, or a person the small model misread, and look-alikes.

"The Hawks coach met X": a trade held for a named team or a body ("the club's coach", "the hospital's chief
nurse") is that body's one post, a side like its chairman; "a coach met fans" or "his coach" is no post, and a
post meeting the press, a deadline or a rival on the pitch is no meeting. "Mayor Ines Toledo": an office
title before a given name makes a person of a name the small model reads as a place or as nothing. "The
airline Skyreach": a business's common noun before one capitalised word makes that word a firm. Every
person, body and club is invented.
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
        return extract_meetings(parse(Article(id="u", text=text, published_at=PUBLISHED), nlp))

    return extract


def sides(meetings: list[Meeting]) -> list[set[str]]:
    return [{p.name for p in m.participants} for m in meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sport: a team's coach, the team named before the trade
        ("The Hawks coach met Sports Minister Dan Cole on Monday.", {"Hawks coach", "Dan Cole"}),
        # health: a body told by a common noun owns the post
        ("The hospital's chief nurse met Health Minister Amara Diallo on Wednesday.",
         {"hospital's chief nurse", "Amara Diallo"}),
        # culture / media: a newspaper's editor
        ("The newspaper's editor met Interior Minister Tomas Berg on Monday.",
         {"newspaper's editor", "Tomas Berg"}),
        # sport, object side: the coach of a named club met by an official
        ("Commissioner Kenji Watanabe met the Falcons head coach in Osaka on Thursday.",
         {"Kenji Watanabe", "Falcons head coach"}),
    ],
)
def test_post_held_for_a_body_is_a_side(run, text: str, expected: set[str]) -> None:
    assert sides(run(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks coach met the press on Monday.",
        "The Falcons coach met his former side in the cup final on Sunday.",
        "The team's physiotherapist met the deadline for the report.",
        "The hospital's chief nurse often meets junior doctors.",
        "The Tigers coach would meet the owner if the results improved.",
        "His coach met Sports Minister Dan Cole on Monday.",
    ],
)
def test_post_look_alikes_stay_out(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local politics: the small model reads no name in the minister's
        ("Councillor Tom Lincoln met Housing Minister Ana Ruiz on Saturday.", {"Tom Lincoln", "Ana Ruiz"}),
        # business: a chief executive whose surname is a city's
        ("Trade Minister Aiko Tanaka met Chief Executive Ines Toledo on Tuesday.", {"Aiko Tanaka", "Ines Toledo"}),
        # international: the cast's person for a name whose last word the small model left out
        ("President Ana Lucia Prado met Chancellor Otto Brenner in Berlin on Monday.", {"Ana Lucia", "Otto Brenner"}),
    ],
)
def test_title_before_a_name_makes_a_person(run, text: str, expected: set[str]) -> None:
    assert sides(run(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Luis Panama would meet Transport Minister Lars Holm if the strike ended.",
        "Judge Sarah London met criticism over the ruling.",
        "Housing Minister Ana Ruiz spoke at a press conference with Mayor Ines Toledo on Monday.",
    ],
)
def test_titled_name_look_alikes_stay_out(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # transport: the small model reads the operator's name as a town
        ("Transport Minister Elif Yilmaz met the rail operator Northline on Wednesday.", "Northline"),
        # business: a mining company's name read as a person
        ("Union leader Maya Singh met the mining company Orvex on Monday.", "Orvex"),
        # energy: a utility
        ("Energy Minister Lars Holm met the utility Nordvatt on Thursday.", "Nordvatt"),
        # sport / media: a broadcaster
        ("Coach Diego Ferreira met the broadcaster Vistara on Tuesday.", "Vistara"),
    ],
)
def test_business_noun_before_one_word_name_makes_a_firm(run, text: str, firm: str) -> None:
    [meeting] = run(text)
    assert {p.name: p.kind for p in meeting.participants}[firm] == "organization"


def test_a_given_name_after_a_business_noun_stays_a_person(run) -> None:
    [meeting] = run("Mayor Rosa Delgado met the developer Maria on Monday.")
    assert {p.name: p.kind for p in meeting.participants}["Maria"] == "person"
