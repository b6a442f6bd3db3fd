"""A body's name written before a report ("an Orvia Radio report said") makes the report speak for that
body, as "the body's report" does; a date's "'s" before a report ("Monday's report") names no one. Invented
sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # diplomacy, a broadcaster
            "Border talks stalled on Monday. An Orvia Radio report said the envoy had asked for a new round.",
            "Orvia Radio",
        ),
        (  # labour
            "Pits in the north stayed shut. A Northern Miners Union report said the strike would go on.",
            "Northern Miners Union",
        ),
        (  # elections, dated and named
            "Turnout fell in every district. Monday's Veltan Electoral Commission report said the count was complete.",
            "Veltan Electoral Commission",
        ),
    ],
)
def test_a_body_named_before_its_report_speaks(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body]


def test_a_dated_report_is_not_the_days_voice(nlp: Language) -> None:
    """Business: "Monday's report" is no speaker called Monday."""
    text = "Halvorn Mills Inc said its sales fell. Monday's report said the plant would close."
    assert speakers(nlp, text)[-1] != "Monday"
