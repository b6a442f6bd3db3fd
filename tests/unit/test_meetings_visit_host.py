"""MEETINGS of a visit told only by its visitor: "to mark the visit of X", "agreed on a visit by X". The
visitor came to the one the story is about, the lede's first named subject. Not when the lede's subject is the
visitor, when a destination is told, or when the visitors are no named person.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Ardania called on Borvia to lift curbs on its grain. A state newspaper published the demands to mark the "
     "visit of Borvian Foreign Minister Juri Tamm.", {"Ardania", "Juri Tamm"}),
    ("Velder Bank has yet to settle the terms of its loan to Harlan Motors. An outline was agreed on a visit last "
     "week by Harlan chief executive Dana Pruitt.", {"Velder Bank", "Dana Pruitt"}),
    ("The Ardley Daily Ledger reported that Ardania called on Borvia to lift curbs. A state newspaper published the "
     "demands to mark the visit of Borvian Foreign Minister Juri Tamm.", {"Ardania", "Juri Tamm"}),
    ("Mayor Carla Diaz has postponed a trip abroad because of the two-day visit by Governor Ivan Petrov, her "
     "office said.", {"Carla Diaz", "Ivan Petrov"}),
])
def test_the_visitor_came_to_the_story_s_subject(run, text: str, sides: set[str]) -> None:
    assert sides in [side_names(m) for m in run(text)]


@pytest.mark.parametrize("text", [
    "Ardania's prime minister Ines Moro improved her standing, a poll showed. Voters said they liked her more after "
    "her visit.",
    "Ardania called on Borvia to lift curbs on its grain. Prices rose after the visit of inspectors.",
    "Ardania called on Borvia to lift curbs on its grain. Borvian Foreign Minister Juri Tamm's visit to Lund was "
    "cancelled.",
])
def test_no_host_is_read(run, text: str) -> None:
    assert all("Ardania" not in side_names(m) and "Ines Moro" not in side_names(m) for m in run(text))
