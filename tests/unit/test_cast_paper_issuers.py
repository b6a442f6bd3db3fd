"""A paper speaks for the body that put it out, however the article ties the two: "a study from X", "X's
audit", "X said in its submission", "X issued a letter", and a later "the study" back over mentions that named
no author. A paper someone else cites, or one nobody is named as writing, speaks for no reader of it.
Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers


def test_the_report_said_again_keeps_the_authors_named_two_mentions_back(nlp: Language) -> None:
    text = (
        "Output climbed, according to a new report.\n\n"
        "The report was drafted by the Tarrow Planning Institute for the county assembly.\n\n"
        "The report said housing starts would double.\n\n"
        "The report added that rents would stay flat."
    )
    assert speakers(nlp, text)[-2:] == ["Tarrow Planning Institute", "Tarrow Planning Institute"]


def test_a_study_from_a_university_speaks_for_it_when_named_again(nlp: Language) -> None:
    text = (
        "A study from the University of Wendmoor looked at relapse rates.\n\n"
        "The study was released on Friday.\n\n"
        "The study said the new drug halved relapse rates."
    )
    assert speakers(nlp, text)[-1] == "University of Wendmoor"


def test_a_clubs_statement_named_again_is_the_club(nlp: Language) -> None:
    text = (
        "The Brackley Wanderers Football Club's statement said the ground would close.\n\n"
        "The statement also said season tickets would be refunded."
    )
    assert speakers(nlp, text) == ["Brackley Wanderers Football Club", "Brackley Wanderers Football Club"]


def test_the_submission_a_council_spoke_in_is_the_council(nlp: Language) -> None:
    text = (
        "The Oxley Vale District Council told the inquiry in its written submission that roads were failing.\n\n"
        "The submission said repairs would cost twice the budget."
    )
    assert speakers(nlp, text)[-1] == "Oxley Vale District Council"


def test_an_audit_a_hospital_issued_is_the_hospital(nlp: Language) -> None:
    text = (
        "The Marden General Hospital Trust issued an audit on Monday.\n\n"
        "The audit said waiting times had doubled."
    )
    assert speakers(nlp, text) == ["Marden General Hospital Trust"]


def test_a_study_a_mayor_cited_is_not_the_mayor(nlp: Language) -> None:  # must not fire
    text = "Mayor Tobin Grell cited a study on Monday.\n\nThe study said bus use had fallen."
    assert "Tobin Grell" not in speakers(nlp, text)


def test_a_report_by_one_body_cited_by_another_is_the_author(nlp: Language) -> None:  # must not fire for the reader
    text = (
        "The Pellan Rail Union cited a review by the Northgate Transport Board on Monday.\n\n"
        "The review said night services were understaffed."
    )
    assert speakers(nlp, text) == ["Northgate Transport Board"]


def test_a_study_from_a_place_is_no_speaker_named_after_the_place(nlp: Language) -> None:  # must not fire
    text = "A study from Lisbon was published on Friday.\n\nThe study said tourism had grown."
    assert "Lisbon" not in speakers(nlp, text)
