"""MEETINGS told by a process noun ("mediation", "bargaining", "consultation") that takes place: "mediation
between X and Y began on Monday", "X is in enterprise bargaining with Y". Bare, the noun names a way two bodies
deal with each other ("collective bargaining with the union is a right"); one that begins, resumes or ends, or
that the sides are in, is a session held like "talks". Every person, body and place is invented.
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
        # courts: mediation that begins
        ("Mediation between Orsolya Farkas and Vantor Insurance began in Budapest on Monday.",
         {"Orsolya Farkas", "Vantor Insurance"}),
        # transport: bargaining that resumes
        ("Bargaining between Coastline Rail and the Train Drivers Guild resumed on Tuesday.",
         {"Coastline Rail", "Train Drivers Guild"}),
        # energy: a body in the process with another
        ("Marlowe Energy is in enterprise bargaining with the Electrical Trades Union.",
         {"Marlowe Energy", "Electrical Trades Union"}),
        # health: both sides remain in it
        ("The Kestrel Hospital Trust and the Nurses Guild remain in mediation over weekend shifts.",
         {"Kestrel Hospital Trust", "Nurses Guild"}),
    ],
)
def test_a_process_that_takes_place_is_a_session_held(run, text, sides):
    assert any(sides <= side_names(m) for m in run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mediation between Orsolya Farkas and Vantor Insurance ended the dispute.",  # courts: what it did
        "Collective bargaining with the Electrical Trades Union is a right, Marlowe Energy said.",  # labour
        "Tarrant Mills believes in mediation with the Weavers Guild over the tariff.",  # business: a belief
        "Bargaining with the Train Drivers Guild has become difficult, Coastline Rail said.",  # transport
        "The Pacific Rugby Federation is interested in consultation with the Referees Guild.",  # sport: a wish
    ],
)
def test_a_process_named_as_a_way_of_dealing_stays_out(run, text):
    assert run(text) == []
