"""A body's unnamed official is "he" until someone else speaks, named or not: after an unnamed analyst or one
of an unnamed group ("Deputies said ... One said ...") spoke, the he/she is that newer voice, never the body
nor a person named earlier. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("voice", "unnamed"),
    [
        ("A Harlow Steelworkers Union official said the strike would go ahead.", "A banker"),  # labour
        ("A Lindqvist Rovers club official said the coach would stay.", "A local resident"),  # sport
        ("An Orlen Science Institute official said the telescope was ready.", "An economist"),  # science
    ],
)
def test_an_unnamed_speaker_ends_the_bodys_voice(nlp: Language, voice: str, unnamed: str) -> None:
    text = f"{voice}\n\nThe decision surprised many.\n\n{unnamed} said costs were rising.\n\nThey could rise, he said."
    assert speakers(nlp, text)[1:] == [None, None]


def test_the_bodys_voice_keeps_the_pronoun_when_no_one_else_spoke(nlp: Language) -> None:
    text = (
        "A Harlow Steelworkers Union official said the strike would go ahead.\n\n"
        "The decision surprised many.\n\nPrices could rise, he said."
    )
    assert speakers(nlp, text) == ["Harlow Steelworkers Union", "Harlow Steelworkers Union"]


@pytest.mark.parametrize("group", ["Deputies", "Residents", "Nurses"])
def test_one_of_an_unnamed_group_takes_the_pronoun(nlp: Language, group: str) -> None:
    text = (
        "Ines Brandt, the chairman, said the clinic would reopen.\n\n"
        f"{group} said Brandt had not acted.\n\nOne said nurses were in short supply.\n\n"
        "\u201cWe were never asked,\u201d he said."
    )
    assert speakers(nlp, text) == ["Ines Brandt", None, None, None]


def test_a_person_named_after_the_one_takes_the_pronoun(nlp: Language) -> None:
    text = (
        "Deputies said the museum would close.\n\nOne said the collection would tour.\n\n"
        "Tomas Quarrow, the chairman, disagreed.\n\n\u201cWe were always asked,\u201d he said."
    )
    assert speakers(nlp, text)[-1] == "Tomas Quarrow"


@pytest.mark.parametrize("subject", ["Norwegian Officials", "Canadian Lawyers", "British Economists"])
def test_a_nations_people_in_capitals_stay_unnamed(nlp: Language, subject: str) -> None:
    text = f"Tarrow Energy Corp opened a new plant.\n\n{subject} said the talks had stalled."
    assert speakers(nlp, text) == [None]


@pytest.mark.parametrize("company", ["British Airways", "American Airlines", "Norwegian Cruise Lines"])
def test_a_company_opening_with_a_nation_still_speaks(nlp: Language, company: str) -> None:
    assert speakers(nlp, f"{company} said fares would rise.") == [company]


def test_a_country_written_as_a_plural_still_speaks(nlp: Language) -> None:
    assert speakers(nlp, "The United States told allies that its navy had left.") == ["United States"]
