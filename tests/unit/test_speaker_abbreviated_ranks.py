"""Ranks and church titles written short before a name ("Sgt", "Det Insp", "Const.", "Rev"): kept out of the
name, and a full stop after one ends no sentence. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.repairs.abbreviated_titles import abbreviated_titles
from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Det Insp Halvard Ostby says the two men were seen near the quarry.", "Halvard Ostby"),
        ("Sgt Nomvula Khumalo says the road will stay shut until the floodwater drops.", "Nomvula Khumalo"),
        ("Supt Rangi Parata said the crowd at the derby had been well behaved.", "Rangi Parata"),
        ("Rev Ifeoma Chukwu says the shelter will open its doors to families tonight.", "Ifeoma Chukwu"),
        ("Capt Yusuf Demir said the ferry would sail once the swell eased.", "Yusuf Demir"),
    ],
)
def test_a_short_rank_before_a_name_is_no_part_of_it(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We found nothing in the car," said Const. Mateus Albuquerque.', "Mateus Albuquerque"),
        ('"The harvest came in early this year," said Insp. Saoirse Flanagan.', "Saoirse Flanagan"),
        ('"The reef is recovering faster than we hoped," said Capt. Kalani Akana.', "Kalani Akana"),
        ('"Nobody will be turned away from the clinic," said Supt. Dagny Lindqvist.', "Dagny Lindqvist"),
    ],
)
def test_a_short_rank_with_its_full_stop_ends_no_sentence(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


def test_a_rank_written_short_and_then_in_full_is_one_person(nlp: Language) -> None:
    text = (
        "The council voted to close the old pier.\n\n"
        "Sgt Ilse Vermeulen says the pier has been unsafe for years.\n\n"
        "Sergeant Vermeulen says fishermen have been warned."
    )
    assert speakers(nlp, text) == ["Ilse Vermeulen", "Ilse Vermeulen"]


def test_only_the_lexicons_abbreviations_with_a_full_stop_become_one_word() -> None:
    words = abbreviated_titles()
    assert {"Const.", "Insp.", "Capt.", "Sgt."} <= set(words)
    assert all(w.endswith(".") and w[0].isupper() for w in words)
    assert "Mr" not in words
