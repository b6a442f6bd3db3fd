"""Bodies and places that look like a titled person or a person's name: title words opening a body's name
("The National Defence Archive said") leave no person "Archive", and a name closed by a street's, a
station's or a quay's word is a place unless the article introduces a person by it. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers, story_cast


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The National Defence Archive said the files had been released.", "National Defence Archive"),  # politics
        ("The Finance Secretary Network said audit rules would cost jobs.", "Finance Secretary Network"),  # business
        ("The Foreign Trade Archive said the trial data were incomplete.", "Foreign Trade Archive"),  # trade
    ],
)
def test_title_words_opening_a_bodys_name_leave_no_person(nlp: Language, text: str, body: str) -> None:
    found = speakers(nlp, text)
    assert found[0] is not None and found[0].endswith(body)
    assert all(p.name != body.split()[-1] for p in story_cast(nlp, text).people)


@pytest.mark.parametrize(
    "owner", ["Maria Okafor University's", "Veldt College's", "Orvane Institute's"]
)
def test_title_words_opening_a_body_another_body_owns_leave_no_person(nlp: Language, owner: str) -> None:
    text = f"The levy was agreed in June, according to papers gathered by {owner} Public Health Archive."
    assert all(p.name != "Archive" for p in story_cast(nlp, text).people) and speakers(nlp, text)[0] != "Archive"


def test_a_title_before_a_surname_is_still_a_person(nlp: Language) -> None:
    assert speakers(nlp, "Security Minister Baker said the border would stay open.") == ["Baker"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police closed Albert Dock after the fire, a spokesman said.", "Albert Dock"),  # crime
        ("Charlotte Square said in a statement that the repairs were finished.", "Charlotte Square"),  # local
        ("A spokeswoman for Harold Oval said the pitch would reopen in March.", "Harold Oval"),  # sport
        ("Police closed Rosa Station after the fire, a spokesman said.", "Rosa Station"),  # transport
    ],
)
def test_a_name_closed_by_a_street_or_station_word_is_no_person(nlp: Language, text: str, place: str) -> None:
    assert place not in {p.name for p in story_cast(nlp, text).people}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Rosa Station, a local teacher, said the fire spread quickly.", "Rosa Station"),
        ("Florence Gardens, 61, told the court she had seen the car.", "Florence Gardens"),
    ],
)
def test_such_a_name_introduced_as_a_person_stays_one(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text) == [person]
