"""An "as" aside with a cue that reports nothing of its own ("As X said on Monday, A", "A, as X noted")
gives X the clause it hangs on; an aside with a clause or an object of its own, or with a verb of
foretelling, is no statement. Invented sentences from several beats."""

from __future__ import annotations

import pytest

from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "name", "quote"),
    [
        (  # local politics: fronted
            "As councillor Ewurabena Quaye said on Tuesday, the market hall needs a new roof.",
            "Ewurabena Quaye",
            "the market hall needs a new roof",
        ),
        (  # science: trailing
            "The glacier lost a fifth of its mass in a decade, as Dr Sindre Haugen noted.",
            "Sindre Haugen",
            "The glacier lost a fifth of its mass in a decade",
        ),
        (  # sport: in the middle, two parts
            "The new pitch, as coach Manaia Tupou explained, drains twice as fast.",
            "Manaia Tupou",
            "The new pitch drains twice as fast",
        ),
        (  # business: particle verb
            "Freight costs have tripled since May, as economist Lucía Paredes pointed out.",
            "Lucía Paredes",
            "Freight costs have tripled since May",
        ),
    ],
)
def test_an_as_aside_gives_the_clause_to_its_speaker(nlp, text, name, quote):
    assert said(nlp, text) == [(name, "indirect", quote)]


@pytest.mark.parametrize(
    "text",
    [
        "As the mayor said goodbye, the band began to play.",  # local politics: the cue has an object
        "The clinic opened in June, as the health minister had promised.",  # health: foretold, the writer's fact
        "As the judge wrote the ruling, reporters waited outside.",  # courts: an object again
    ],
)
def test_other_as_clauses_are_no_statements(nlp, text):
    assert said(nlp, text) == []
