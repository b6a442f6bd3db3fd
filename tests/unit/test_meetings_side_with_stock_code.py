"""MEETINGS with a listed firm written with its stock code ("talks with X Plc <XP>"): the small model heads the
phrase on the code, which names no one; the firm named right before it is the side.

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Orvik Corp stated that it had suspended talks with Irish Cement Co Plc <IC> over a proposed purchase of "
     "several plants.", {"Orvik Corp", "Irish Cement Co Plc"}),
    ("Orvik Corp has held talks with Irish Cement Co Plc <IC> about a joint venture it may set up in Spain.",
     {"Orvik Corp", "Irish Cement Co Plc"}),
])
def test_the_firm_before_its_code_is_the_side(run, text: str, sides: set[str]) -> None:
    meetings = run(text)
    assert any(side_names(m) == sides for m in meetings), [side_names(m) for m in meetings]
