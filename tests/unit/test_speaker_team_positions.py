"""Sport: a position written with an age, or a position word for another, refers back to the player so titled."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers


def test_the_forward_is_the_striker_named_before(nlp: Language) -> None:
    text = "Harlow Rovers lost 2-1. Striker Tomas Brel scored early. The forward added that the team had tired."
    assert speakers(nlp, text) == ["Tomas Brel"]


def test_the_keeper_is_the_goalkeeper_named_before(nlp: Language) -> None:
    text = "Harlow Rovers drew 1-1. Goalkeeper Tomas Brel saved a penalty. The keeper said the defence had held."
    assert speakers(nlp, text) == ["Tomas Brel"]


def test_an_aged_position_is_not_a_coach_in_focus(nlp: Language) -> None:
    text = "Coach Ilsa Vantrell watched from the stand. The 23-year-old striker said the team had tired."
    assert speakers(nlp, text) == [None]


def test_an_aged_position_is_an_untitled_player_in_focus(nlp: Language) -> None:
    text = "Harlow Rovers lost 2-1. Tomas Brel scored twice. The 23-year-old striker said the team had tired."
    assert speakers(nlp, text) == ["Tomas Brel"]
