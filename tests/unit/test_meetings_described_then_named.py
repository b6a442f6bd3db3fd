"""MEETINGS whose other side is first described ("talks in X with world banking officials") and later named at
the same place ("P held talks in X with A and B"): one encounter, its people the ones named. Talks told at
another place, or on a day of their own, stay apart.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Finance Minister Rosa Idrell, back from talks in Brussels with senior Nordic banking officials, said she "
     "was confident.\n\nThe economy grew last year.\n\nIdrell held talks in Brussels with Danish "
     "Finance Minister Karl Ostby and Swedish central bank chief Greta Lunn.",
     {"Rosa Idrell", "Karl Ostby", "Greta Lunn"}),
    ("Coach Omar Tessel said after talks in Lyon with club officials that he would stay.\n\nThe season starts "
     "soon.\n\nTessel held talks in Lyon with club president Remy Faucon and director Lise Aubert.",
     {"Omar Tessel", "Remy Faucon", "Lise Aubert"}),
    ("Mayor Dana Kroll returned from talks in Ottawa with federal officials on Friday.\n\nThe city needs funds."
     "\n\nKroll held talks in Ottawa with Transport Minister Paul Vance and Finance Minister Ines Roy.",
     {"Dana Kroll", "Paul Vance", "Ines Roy"}),
])
def test_people_named_later_stand_for_the_description(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize("text", [
    "Minister Rosa Idrell held talks in Brussels with banking officials on Monday.\n\nIdrell held talks in Paris "
    "with Finance Minister Karl Ostby and central bank chief Greta Lunn.",
    "Coach Omar Tessel held talks in Lyon with club officials.\n\nTessel held talks in Lyon on Tuesday with "
    "club president Remy Faucon and director Lise Aubert.",
])
def test_another_place_or_day_is_another_encounter(run, text: str) -> None:
    assert len(run(text)) == 2
