"""A name's kind told by the words before it, in the cast (`cast/reading/word_before`): an office title before
a given name makes a person of a surname the small model reads as a place or as nothing, or leaves out; a
business's common noun before one capitalised word makes that word a firm. Statements' speakers follow the
cast. Every person and firm is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers, story_cast


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Reporters met Chief Executive Ines Toledo on Monday.", "Ines Toledo"),  # business: surname read as a city
        ("Councillors questioned Housing Minister Ana Ruiz about rents.", "Ana Ruiz"),  # local politics: no label
        ("President Maria Fernanda Quito visited the port.", "Maria Fernanda Quito"),  # international: surname left out
    ],
)
def test_an_office_title_before_a_given_name_makes_one_person(nlp: Language, text: str, person: str) -> None:
    c = story_cast(nlp, text)
    assert person in {p.name for p in c.people}
    assert not any(o.name in person for o in c.organisations)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The airline Skyvela cancelled flights on Monday.", "Skyvela"),  # travel
        ("The rail operator Trenvia cut services on Sunday.", "Trenvia"),  # transport
        ("Patients sued the drugmaker Quorvane in March.", "Quorvane"),  # health
        ("The broadcaster Kalvio dropped the match.", "Kalvio"),  # sport and media
    ],
)
def test_a_business_noun_before_one_capitalised_word_makes_a_firm(nlp: Language, text: str, firm: str) -> None:
    c = story_cast(nlp, text)
    assert [(o.name, o.kind) for o in c.organisations if o.name == firm] == [(firm, "org")]
    assert firm not in {p.name for p in c.people}


def test_a_given_name_after_a_business_noun_stays_a_person(nlp: Language) -> None:
    c = story_cast(nlp, "The developer Maria said the flats were ready.")  # property
    assert "Maria" in {p.name for p in c.people}
    assert "Maria" not in {o.name for o in c.organisations}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # business: the chief executive's surname, read as a city, speaks for her
        ('The board met Chief Executive Ines Toledo on Tuesday. "We need more time," Toledo said.', "Ines Toledo"),
        # local politics: a minister the small model gave no label
        ('Councillors questioned Housing Minister Ana Ruiz. "Rents will be capped," Ruiz said.', "Ana Ruiz"),
        # travel: "the airline" is the firm named after it
        ('The airline Skyvela cancelled flights. "Safety comes first," the airline said in a statement.', "Skyvela"),
        # industry: "the carmaker" again
        ('The carmaker Zentra cut its forecast on Monday. "Demand has fallen," the carmaker said.', "Zentra"),
        # health: "it" is the drugmaker
        ('The drugmaker Celvane halted the trial. "We are reviewing the data," it said.', "Celvane"),
    ],
)
def test_statements_speakers_are_the_casts_person_or_firm(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The brewer Suvanta said profits had fallen.", "Suvanta"),  # business: noun and name two subjects
        ("The miner Harcastle will cut 300 jobs, it said on Tuesday.", "Harcastle"),  # mining
        ("Shares in the carmaker Vellix rose 5% on Friday.", "Vellix"),  # markets: the noun the object of "in"
        ("Shares in the supermarket chain Kestrava rose 5% on Friday.", "Kestrava"),  # retail
    ],
)
def test_a_business_noun_the_parse_sets_beside_the_name_still_makes_a_firm(
    nlp: Language, text: str, firm: str
) -> None:
    c = story_cast(nlp, text)
    assert [o.name for o in c.organisations] == [firm]
    assert c.people == []
