"""A named person's own office speaks as that person; an office a title owns, or a ministry, stays the body."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import said, speakers


def test_the_office_of_a_titled_name_is_that_person(nlp: Language) -> None:
    text = "The office of Mayor Ilsa Vantrell said in a statement that the tram line would open in May."
    assert said(nlp, text) == [("Ilsa Vantrell", "indirect", "the tram line would open in May")]


def test_her_office_is_the_person_named_before(nlp: Language) -> None:
    text = "Governor Ilsa Vantrell signed the bill on Monday. Her office said the tax cut would start in July."
    assert speakers(nlp, text) == ["Ilsa Vantrell"]


def test_a_surname_office_and_camp_are_that_person(nlp: Language) -> None:
    text = (
        "Tomas Brel, the chief executive of Halden Foods, unveiled a plan on Monday. Brel's office said two depots "
        "would close. Brel's camp said the board backed him."
    )
    assert speakers(nlp, text) == ["Tomas Brel", "Tomas Brel"]


def test_an_office_a_title_owns_stays_the_body(nlp: Language) -> None:
    text = "Prime Minister Ilsa Vantrell flew to Port Elwin. The prime minister's office said the talks went well."
    assert speakers(nlp, text) == ["prime minister's office"]


def test_a_ministry_a_minister_heads_is_not_the_minister(nlp: Language) -> None:
    text = "Health Minister Ilsa Vantrell toured the clinic. Vantrell's ministry said the wing would open next year."
    assert speakers(nlp, text) != ["Ilsa Vantrell"]
