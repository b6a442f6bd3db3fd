"""A paper whose owner is told where it is brought in speaks for that owner, and so does every later "the
report" referring back to it: a possessive pronoun ("its annual report said", the body named before it in the
sentence, reported words included, or else the one the pronoun refers to), the clause the paper is the setting
of ("X, in a report adopted on Monday, backed ...") and a short form of a firm named before ("a Granite
statement" after "Granite Consolidated Mining Corp"). Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers


def test_its_report_after_a_firm_named_in_the_reported_words_is_that_firm(nlp: Language) -> None:
    text = (
        "Dravo Holdings Corp's freight costs are expected to rise by more than 20 pct this year, its annual "
        "report said.\n\n"
        "The report said new fuel rules would add to the cost of every shipment."
    )
    assert speakers(nlp, text) == ["Dravo Holdings Corp", "Dravo Holdings Corp"]


def test_its_report_after_the_firm_spoke_is_that_firm(nlp: Language) -> None:
    text = "Quillon Mining Ltd said sales rose in May. Its quarterly bulletin said tin stocks would fall."
    assert speakers(nlp, text) == ["Quillon Mining Ltd", "Quillon Mining Ltd"]


def test_the_report_a_body_gave_its_view_in_is_that_body(nlp: Language) -> None:
    text = (
        "Tug crews at Lanmouth went on strike on Monday.\n\n"
        "The Harbour Pilots Association, in a report adopted by its council, backed tighter rules on night "
        "berthing.\n\n"
        "Night arrivals had doubled in five years, the report said."
    )
    assert speakers(nlp, text)[-1] == "Harbour Pilots Association"


def test_in_its_review_the_bank_made_clear_then_the_review_speaks_for_it(nlp: Language) -> None:
    text = (
        "The Kessel Development Bank said it would lend more this year.\n\n"
        "In its annual review, sent to shareholders with a letter, the lender made clear that exports were weak.\n\n"
        "The review said growth in the region was slow."
    )
    assert speakers(nlp, text)[-1] == "Kessel Development Bank"


def test_a_body_that_only_appeared_in_a_report_is_not_its_author(nlp: Language) -> None:  # must not fire
    text = (
        "The Varden Rowing Club appeared in a report on river safety last year.\n\n"
        "The report said the weir needed new warning signs."
    )
    assert speakers(nlp, text) == [None]


def test_a_paper_under_a_short_form_of_a_firm_named_before_is_that_firms(nlp: Language) -> None:
    text = (
        "Harl Steel Corp and Granite Consolidated Mining Corp are still in talks on a rescue package for the "
        "mine, a Granite statement said."
    )
    assert speakers(nlp, text) == ["Granite Consolidated Mining Corp"]
