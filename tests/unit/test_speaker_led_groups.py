"""An unnamed group speaks through the named person or body that leads it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


def test_researchers_led_by_a_person_are_that_person(nlp: Language) -> None:
    text = "The trial ran for three years. Researchers led by Tomas Brel found that the therapy was safe."
    assert speakers(nlp, text) == ["Tomas Brel"]


def test_a_team_of_scientists_led_by_a_person_is_that_person(nlp: Language) -> None:
    text = "The survey was released on Tuesday. A team of scientists led by Ilsa Vantrell found that soil had declined."
    assert speakers(nlp, text) == ["Ilsa Vantrell"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The survey was released on Tuesday. Researchers led by the Marsh Institute found that soil had declined.",
         "Marsh Institute"),
        ("The survey was released on Tuesday. A consortium led by Marcus Capital found that soil had declined.",
         "Marcus Capital"),
        ("The bill passed on Monday. A coalition led by the Greens said the tax would hurt farmers.", "Greens"),
        ("Talks stalled on Friday. An alliance led by the Farmers Union said the walkout would continue.",
         "Farmers Union"),
        ("Talks stalled on Friday. A coalition of farmers said the walkout would continue.", None),
    ],
)
def test_a_group_led_by_a_body_speaks_as_that_body(nlp: Language, text: str, body: str | None) -> None:
    assert speakers(nlp, text) == [body]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Carden Foods opened a plant last year. The company's office in Leeds said the depots would close.",
         "Carden Foods"),
        ("Mayor Ines Kalla visited the site. Her office said the depots would close.", "Ines Kalla"),
    ],
)
def test_an_office_speaks_for_its_owner(nlp: Language, text: str, owner: str) -> None:
    assert speakers(nlp, text) == [owner]
