"""MEETINGS with a side told as a body's post: "met the choir's director", "talks with the team owner".

A post held for a body told by its possessive or by a body's word before it ("the gallery's boss", "the
ferry company boss") is that body's one person: a side as written when nobody holds it by name, the named
person when the article titled someone so, before the encounter or just after. A contest word that owns such
a post ("the tournament's commissioner") is the body behind the contest, not a fixture. Every person, body and
place is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def sides(meetings: list[Meeting]) -> list[set[str]]:
    return [{p.name for p in m.participants} for m in meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # business: a boss is no trade word, but a body's boss is its one post
        ("Governor Mariana Costa met the ferry operator's boss in Porto on Tuesday.",
         {"Mariana Costa", "ferry operator's boss"}),
        # sport: the body's word before the post owns it as a possessive does
        ("Mayor Tariq Hassan held talks with the gallery owner on Wednesday.", {"Tariq Hassan", "gallery owner"}),
        # culture: a conductor is as often a person as a thing; the orchestra's is a person
        ("Arts Minister Keiko Sato had lunch with the orchestra conductor on Sunday.",
         {"Keiko Sato", "orchestra conductor"}),
        # media: a talking verb with a post is a conversation, as with an office
        ("Justice Minister Pavel Novak spoke with the magazine's editor on Monday.",
         {"Pavel Novak", "magazine's editor"}),
    ],
)
def test_a_bodys_post_is_a_side(run, text: str, expected: set[str]) -> None:
    assert sides(run(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sport: a tournament's commissioner is the body behind the tournament
        ("Sports Minister Aylin Kaya met the tournament's commissioner on Friday.",
         {"Aylin Kaya", "tournament's commissioner"}),
        # sport: a league's chief executive
        ("Councillor Joao Pereira met the league's chief executive in Leeds on Monday.",
         {"Joao Pereira", "league's chief executive"}),
    ],
)
def test_a_contest_word_owning_a_post_is_the_body_behind_it(run, text: str, expected: set[str]) -> None:
    assert sides(run(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # culture: the choir's conductor titled in apposition before
        ("Ingrid Dahl, the choir's conductor, rehearsed on Sunday. On Monday, Arts Minister Keiko Sato met the "
         "choir's conductor in Bergen.", {"Keiko Sato", "Ingrid Dahl"}),
        # science: a museum's curator titled before the name
        ("Museum curator Tomas Varga opened the exhibition. Professor Nia Okoro met the museum's curator on "
         "Tuesday.", {"Nia Okoro", "Tomas Varga"}),
        # courts: the firm's lawyer
        ("Rahul Bose, the firm's lawyer, lodged the appeal. Judge Helga Strand met the firm's lawyer in chambers on "
         "Monday.", {"Helga Strand", "Rahul Bose"}),
    ],
)
def test_a_post_titled_to_someone_is_that_person(run, text: str, expected: set[str]) -> None:
    assert sides(run(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The orchestra's conductor met the deadline for the new season.",  # culture: a standard met
        "The gallery owner met expectations this year.",  # sport
        "The ferry operator's boss met criticism over the delays.",  # business
        "The magazine's editor spoke to reporters after the hearing.",  # media: an audience, not a side
        "The choir's conductor would meet Arts Minister Keiko Sato if asked.",  # culture: a condition
    ],
)
def test_post_look_alikes_stay_out(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # business: a body's thing discussed is the topic, not a side
        "Trade Minister Femi Bello discussed the refinery's generator with Sara Lind on Monday.",
        # local politics
        "Mayor Lucia Romero discussed the union's offer with Hemi Walker on Tuesday.",
    ],
)
def test_a_bodys_thing_is_no_side(run, text: str) -> None:
    found = sides(run(text))
    assert len(found) == 1 and len(found[0]) == 2
