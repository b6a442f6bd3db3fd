"""Unnamed officials or sources of a body the speech tag names by its field, in lower or sentence case ("transport
ministry officials said"), speak for that body; "they" after them goes on with it; a body with no field, a
former official and a body that is only mentioned stay as they were. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of, speakers


@pytest.mark.parametrize(
    ("text", "last_word"),
    [
        ("Work began on a rail spur to the northern mines, Paraguayan transport ministry officials said.", "ministry"),
        ("Quarry royalties will rise next year, Mining ministry sources said.", "ministry"),  # sentence case
        ("The new mill will open in June, an Andorran interior ministry official said.", "ministry"),
        ("No injuries were reported after the flood, harbour authority sources said.", "authority"),
        ("The new berths will open in June, port planning department officials said.", "department"),
    ],
)
def test_officials_of_a_field_body_speak_for_it(nlp: Language, text: str, last_word: str) -> None:
    name = speakers(nlp, text)[0]
    assert name is not None
    assert name.lower().split()[-1] == last_word


def test_they_goes_on_with_the_field_body(nlp: Language) -> None:
    text = (
        "Crews began dredging the river mouth on Monday, Velsan ports ministry officials said.\n\n"
        "They said the channel would be open to barges by the end of May."
    )
    assert speakers(nlp, text) == ["Velsan ports ministry", "Velsan ports ministry"]


def test_a_body_named_in_full_before_keeps_its_name(nlp: Language) -> None:
    text = (
        "The Ministry of Fisheries opened a new hatchery on the coast.\n\n"
        "The hatchery will release a million smolts a year, fisheries ministry officials said."
    )
    assert speaker_of(nlp, text, "smolts") == "Ministry of Fisheries"


@pytest.mark.parametrize(
    "text",
    [
        "The quota will be cut next season, government officials said.",  # no field: which body is not said
        "The quota will be cut next season, Andorran ministry sources said.",  # a nationality is no field
        "The quota was a mistake from the start, a former ministry official said.",  # no longer its voice
        "The clinic signed a lease with the health ministry last week, a spokesman said.",  # only mentioned
        "The quota will be cut next season, officials said.",
    ],
)
def test_no_field_body_speaks(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[0] is None


def test_a_former_official_of_a_named_body_speaks_for_none(nlp: Language) -> None:
    text = (
        "The Ruritanian Forestry Department will not raise the logging quota, RFD officials said.\n\n"
        '"It was a mistake from the start," said a former RFD official.'
    )
    assert speakers(nlp, text) == ["Ruritanian Forestry Department", None]


def test_a_slip_in_the_body_noun_is_read_through(nlp: Language) -> None:
    text = (
        "Crews began dredging the river mouth on Monday, Velsan ports minisrty officials said.\n\n"
        "They said the channel would be open to barges by the end of May."
    )
    assert speakers(nlp, text) == ["Velsan ports ministry", "Velsan ports ministry"]


def test_a_listed_word_near_a_body_noun_is_no_slip(nlp: Language) -> None:
    # "services" is one letter from "service", but English lists it: no body is read into it
    assert speakers(nlp, "Fares will rise in April, financial services sources said.")[0] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(  # energy: the parse hangs the body noun on the first field
            "Drilling in the delta will resume soon, a Norlandic fuel and mines ministry aide said.\n\n"
            "But the ministry aide said no date had been set.",
            "Norlandic fuel and mines ministry",
            id="energy-coordinated-fields",
        ),
        pytest.param(  # farming
            "Crop losses in the valley were heavy, agriculture and fisheries department sources said.",
            "agriculture and fisheries department",
            id="farming-coordinated-fields",
        ),
    ],
)
def test_a_body_over_two_fields_joined_by_and_speaks(nlp: Language, text: str, name: str) -> None:
    assert set(speakers(nlp, text)) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "The loan was close to being signed, bankers and industry sources said.",  # two crowds, no body
        "Ticket sales fell in the spring, analysts and trade sources said.",
        "The pay offer was turned down, union and ministry officials said.",  # two bodies, neither singled out
    ],
)
def test_crowds_joined_by_and_stay_unnamed(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[0] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(  # local government, sentence case on the next line
            "Storms cut roads across the valley. No deaths were reported, civil defence sources said.\n\n"
            "Civil defence officials said the bridge would reopen on Friday.",
            "civil defence",
            id="local-civil-defence",
        ),
        pytest.param(  # shipping
            "Two trawler crews were pulled from the sea off the cape, coast guard officials said.",
            "coast guard",
            id="shipping-coast-guard",
        ),
        pytest.param(  # science / industry
            "A solvent tank at the lab caught fire overnight, fire brigade sources said.",
            "fire brigade",
            id="industry-fire-brigade",
        ),
    ],
)
def test_a_public_service_named_in_two_words_speaks_for_its_people(nlp: Language, text: str, name: str) -> None:
    assert {n.lower() if n else n for n in speakers(nlp, text)} == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Spending on civil defence will double next year, officials said.",  # only mentioned
        "The coast road will stay shut for a week, guard officials said.",  # one word is no service
    ],
)
def test_a_public_service_only_mentioned_speaks_for_no_one(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[0] is None
