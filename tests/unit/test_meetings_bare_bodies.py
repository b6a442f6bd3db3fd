"""MEETINGS whose other side is bodies named only by their plural ("unions", "clubs", "associations"): a named
body bargaining with or meeting them meets them as written, as "the board met shareholders" meets a bare group of
people. Facing only a person ("the minister met unions" is anyone) or only other groups, they stay out. Every
person, body and place is invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

import pytest
from spacy.language import Language

from streams.enrich.model import Meeting
from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def run(nlp: Language) -> Callable[..., list[Meeting]]:
    return partial(meetings_in, nlp, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # labour / transport
        ("Coastline Rail is negotiating with unions over the new rosters.", {"Coastline Rail", "unions"}),
        # sport
        ("The Pacific Rugby Federation met clubs in Suva on Monday to discuss the season draw.",
         {"Pacific Rugby Federation", "clubs"}),
        # health
        ("The Kestrel Hospital Trust is in talks with unions about weekend shifts.",
         {"Kestrel Hospital Trust", "unions"}),
        # energy: a bare body joined to a named one as the subject
        ("Marlowe Energy and unions will meet again this afternoon.", {"Marlowe Energy", "unions"}),
        # local: the body's management stands for it
        ("Brennock Water management and unions held talks on Friday.", {"Brennock Water", "unions"}),
    ],
)
def test_bare_bodies_facing_a_named_body_are_a_side_as_written(run, text, sides):
    assert any(sides <= side_names(m) for m in run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Premier Olusegun Adeyemi met unions on Tuesday.",  # politics: a person meeting bodies met anyone
        "Farmers and unions will meet in the capital on Friday.",  # farming: no side named
        "Coastline Rail met with criticism from unions over the timetable.",  # transport: a reception, not talks
        "Tarrant Mills joined unions in calling for a review of the tariff.",  # business: an appeal joined
        "The Pacific Rugby Federation said clubs would be consulted on the draw.",  # sport: a wish, no encounter
        # energy: unions singled out by what follows are the ones the article names elsewhere
        "Marlowe Energy management and unions representing its line workers will meet again today.",
    ],
)
def test_bare_bodies_without_a_named_counterpart_stay_out(run, text):
    assert not any("unions" in side_names(m) or "clubs" in side_names(m) for m in run(text))
