"""A definite description that tells a person's past ("the retired general", "the former striker") refers to the
person in focus even when no title the article gave fits it: news never brings in an unnamed person that way.
An indefinite one ("a former mayor") stays unnamed. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # international: an envoy described by his former career
            'The UN envoy to the region, Kwame Mensah, urged both sides to talk. '
            '"Leaders must move now to stop the fighting," the former police chief said on Monday.',
            "Kwame Mensah",
        ),
        (  # sport: a chairman described by his playing days
            'Club chairman Tomas Novak defended the coach\'s record. '
            '"He deserves another season," the former striker said.',
            "Tomas Novak",
        ),
        (  # health: a board chief described by her old trade
            'Health board chief Priya Raman announced the new clinic. '
            '"It will cut waiting times by half," the veteran surgeon said.',
            "Priya Raman",
        ),
    ],
)
def test_a_description_of_the_past_is_the_person_in_focus(nlp: Language, text: str, person: str) -> None:
    assert [s for s, _, q in said(nlp, text) if q.startswith(("Leaders", "He deserves", "It will"))] == [person]


@pytest.mark.parametrize(
    "text",
    [
        'Councillor Jana Ortiz opposed the rezoning plan. "It will fail," a former mayor said.',
        'Lead researcher Haruto Sato presented the findings. "It will change the field," a retired professor said.',
    ],
)
def test_an_indefinite_past_stays_unnamed(nlp: Language, text: str) -> None:
    assert [s for s, _, q in said(nlp, text) if q.startswith("It will")] == [None]
