"""MEETINGS whose side is a relative pronoun ("Y, whom X met", "Y, with whom X held talks") or whose verb the
small model hangs on the subject's name as a clause ("X, a port director, chatted with Y"). All people, bodies
and places are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 4, 8, 10, 0, tzinfo=dt.UTC)


def _sides(meetings: list[Meeting]) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(p.name for p in m.participants)) for m in meetings)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # local politics: the object of the relative clause is its antecedent
        ("Mayor Hanna Brisk praised Edvin Tallo, whom she met in Corvale on Monday.", ("Edvin Tallo", "Hanna Brisk")),
        # sport: the clause told before the main verb
        ("Lorne Abbet, whom coach Mira Stenholt met on Friday, said he would sign.",
         ("Lorne Abbet", "Mira Stenholt")),
        # labour: the "with" fronted in the clause, hung on the verb that held the talks
        ("Greta Omberg thanked union leader Sami Ruud, with whom she held talks on Tuesday.",
         ("Greta Omberg", "Sami Ruud")),
        # business: the finite verb after a name and its title read as a clause of the name
        ("Marta Kesvik, chief executive of Lomberg Foods, chatted with Henrik Saal on Tuesday about the plan.",
         ("Henrik Saal", "Marta Kesvik")),
        # courts
        ("Irene Vasko, chief judge, conferred with Teodor Lunn on Tuesday about the schedule.",
         ("Irene Vasko", "Teodor Lunn")),
    ],
)
def test_side_told_in_a_relative_clause_or_misread_clause(run, text, sides):
    meetings = run(text)
    assert _sides(meetings) == [sides]
    assert meetings[0].status == "held"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Hanna Brisk praised the plant, which she visited on Monday.",
        "Health Minister Sven Orrin said the clinic, which he toured on Monday, needed money.",
        "The inspectors visited by Edvin Tallo left on Tuesday.",
        "Marta Kesvik, chief executive of Lomberg Foods, chatted online with fans on Tuesday.",
    ],
)
def test_a_place_or_crowd_in_the_clause_is_no_side(run, text):
    assert run(text) == []
