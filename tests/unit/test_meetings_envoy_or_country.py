"""One encounter told first by the people and again by the countries or bodies they act for, with another side
added, is one encounter: the envoy and the country are the same side, so the later telling does not diverge."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)  # a Thursday


def sides(found: list[Meeting]) -> list[set[str]]:
    return [{p.name for p in m.participants} for m in found]


def test_envoy_then_country_with_one_more_side_is_one_encounter(run):
    found = run("Talks yesterday with Trade Secretary Ivo Brandt and Kenyan Finance Minister Ana Ruiz went "
                     "well, officials said. Brandt said he had held talks yesterday with Kenya, Uganda and Tanzania "
                     "on the loan.")
    assert len(found) == 1
    assert {"Ivo Brandt", "Ana Ruiz", "Uganda", "Tanzania"} <= sides(found)[0]


@pytest.mark.parametrize("text", [
    # another counterpart on another day, or a body no one named acts for, stays another encounter
    "Coach Ruth Ambling held talks with Ivo Brandt on Monday. On Tuesday Ambling held talks with Tomas Velder.",
    "Mayor Lena Ostrova met Acme chief Ines Parro on Monday. Ostrova also met the Harbour Board on Monday.",
])
def test_other_counterparts_stay_apart(run, text):
    assert len(run(text)) == 2
