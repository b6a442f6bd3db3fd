"""A capital "And" after a dotted initialism is the conjunction (repairs/capital_and.py), and a group told by a
country and a nationality is the two countries meeting.

Every sentence is invented. Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def test_initialism_and_nationality_are_two_countries(run):
    [meeting] = run("U.S. And Kenyan officials met in Geneva on Friday to review grain tariffs.")
    assert side_names(meeting) == {"U.S.", "Kenya"}
    assert {p.kind for p in meeting.participants} == {"country"}


def test_lower_case_and_reads_the_same(run):
    [meeting] = run("U.S. and Polish officials held talks in Warsaw on Tuesday about coal imports.")
    assert side_names(meeting) == {"U.S.", "Poland"}


def test_sentence_is_not_cut_after_the_initialism(nlp: Language, run):
    text = "Lena Voss from the U.K. And Ivo Maric met on Friday to review the stadium lease."
    assert len(list(nlp(text).sents)) == 1
    [meeting] = run(text)
    assert side_names(meeting) == {"Lena Voss", "Ivo Maric"}


def test_sentence_opening_with_and_stays_apart(nlp: Language):
    text = "Ticket sales rose across the U.K. And in Brazil they fell by a third."
    first, second = nlp(text).sents
    assert first.text == "Ticket sales rose across the U.K."
    assert second.text == "And in Brazil they fell by a third."


def test_and_inside_a_name_is_left_alone(run):
    [meeting] = run("Doran And Pike Ltd met Kenyan officials on Friday to review a wage deal.")
    assert "And" not in {p.name.split()[0] for p in meeting.participants}


def test_one_nationality_is_its_country_as_well(run):
    """One nationality's officials are that state, as two countries' are (eval/README.md, a state told by its
    people's nationality)."""
    [meeting] = run("Kenyan officials met Ana Ruiz of the Lumar Bank on Friday to review debt relief.")
    assert side_names(meeting) == {"Kenya", "Ana Ruiz"}
