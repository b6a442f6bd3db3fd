"""MEETINGS held by bodies told only by a plural description ("the Nordic shipping firms opened talks with X"):
the description is the side as written, never the one firm the article named last.

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("A deal on rates was reached after weeks of talks between <Brenn Haulage Corp> and <Tolvik Freight Ltd>, a "
     "broker said. "
     "The Nordic shipping firms opened a new round of freight talks with <Varlo Lines Ltd> on Monday.",
     {"Nordic shipping firms", "Varlo Lines Ltd"}),
    ("Ostmark Bank cut its lending rate on Friday. The regional savings banks began talks with the "
     "Varnish Farmers Union on Monday.",
     {"regional savings banks", "Varnish Farmers Union"}),
])
def test_a_plural_description_holding_talks_is_a_side_as_written(run, text: str, sides: set[str]) -> None:
    meetings = run(text)
    assert any(side_names(m) == sides for m in meetings), [side_names(m) for m in meetings]

