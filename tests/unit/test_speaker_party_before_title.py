"""A plural party name before a title and a name ("Democrats Senator X says") is the person's title: the
model often makes the party the subject with the person its apposition, and the party must not speak.
Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The maternity ward at the district hospital shut.\n\nDemocrats Senator Ingrid Solberg says mothers "
         "will travel further.", "Ingrid Solberg"),  # health
        ("The league final sold out in an hour.\n\nDemocrats Senator Bongani Dlamini says the ground is too "
         "small.", "Bongani Dlamini"),  # sport
        ("The appeals court overturned the ban.\n\nRepublicans Senator Diego Fernández says the ruling "
         "was expected.", "Diego Fernández"),  # courts
        ("The writers' festival lost its biggest sponsor.\n\nDemocrats Senator Priya Raghavan says the arts "
         "are underfunded.", "Priya Raghavan"),  # culture
    ],
)
def test_the_party_before_a_title_is_no_speaker(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


def test_a_comma_keeps_an_apposition_a_second_description(nlp: Language) -> None:
    text = "Shares in the miner fell sharply.\n\nIts chief executive, Oleksandr Kovalenko, says demand will recover."
    assert speakers(nlp, text) == ["Oleksandr Kovalenko"]
