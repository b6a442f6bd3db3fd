"""An unnamed group speaks through the named person who leads it."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers


def test_researchers_led_by_a_person_are_that_person(nlp: Language) -> None:
    text = "The trial ran for three years. Researchers led by Tomas Brel found that the therapy was safe."
    assert speakers(nlp, text) == ["Tomas Brel"]


def test_a_team_of_scientists_led_by_a_person_is_that_person(nlp: Language) -> None:
    text = "The survey was released on Tuesday. A team of scientists led by Ilsa Vantrell found that soil had declined."
    assert speakers(nlp, text) == ["Ilsa Vantrell"]


def test_researchers_led_by_a_body_are_not_a_person(nlp: Language) -> None:
    text = "The survey was released on Tuesday. Researchers led by the Marsh Institute found that soil had declined."
    assert speakers(nlp, text) == [None]


def test_a_leader_the_model_labels_a_body_is_still_a_person(nlp: Language) -> None:
    text = "The trial ran for three years. Researchers led by Marcus Dunleavy found that the therapy was safe."
    assert speakers(nlp, text) == ["Marcus Dunleavy"]


def test_a_body_leading_a_consortium_is_no_person(nlp: Language) -> None:
    text = "The survey was released on Tuesday. A consortium led by Marcus Capital found that soil had declined."
    assert speakers(nlp, text) == [None]
