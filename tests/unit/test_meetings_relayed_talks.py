"""MEETINGS: the one who reports talks whose own clause names their holders ("the parties", "many firms") is no
side of them; a teller of talks with no holder of their own, or of talks held by a described group, a pronoun
or a body's agents, still is. Every name, body and place is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def names(meetings: list[Meeting]) -> set[str]:
    return {p.name for m in meetings for p in m.participants}


@pytest.mark.parametrize(("text", "teller"), [
    # trade: a spokesman of a third body reports the parties' talks
    ("Tom Varga, a council spokesman, said the main parties would hold further talks.", "Tom Varga"),
    # business: a firm's spokeswoman tells what other companies do
    ("The spokeswoman added that many firms were in talks with the Borovians.", "spokeswoman"),
    # labour: a mediator's aide reports both sides' plans
    ("Both sides will resume talks with the mediator on Monday, Lena Prior, an aide to the governor, said.",
     "Lena Prior"),
    # sport: an agent reports what several clubs do
    ("Several clubs have opened talks with the Velsa Rovers, agent Marco Fenn said.", "Marco Fenn"),
])
def test_a_teller_is_no_side_of_talks_their_clause_gives_holders(run, text: str, teller: str) -> None:
    assert teller not in names(run(text))


@pytest.mark.parametrize(("text", "sides"), [
    # the teller of talks with no holder of their own is their other side, as before
    ("Leo Marsh said six hours of negotiations with Labour Minister Ana Ruiz ended on Sunday without an accord.",
     {"Leo Marsh", "Ana Ruiz"}),
    # a described group is often the teller's own members: the teller stays
    ("Striking Norlish dockers on Monday began wage talks with Labour Minister Ana Ruiz, union officials said.",
     {"Ana Ruiz", "union officials"}),
    # "we": the body the spokesman speaks for
    ("We are in talks with Corin Bank about a settlement, the spokesman for the Velsa Trading Group said.",
     {"Corin Bank", "Velsa Trading Group"}),
])
def test_a_teller_of_talks_without_a_holder_of_their_own_stays_a_side(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == sides
