"""A yes or no given to a question put before it is the answerer's statement: the question and the answer."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import said


def test_asked_whether_then_said_no(nlp: Language) -> None:
    text = "Union leader Mira Dossel met the strikers. Asked whether the walkout would spread, Ms Dossel said no."
    assert said(nlp, text) == [("Mira Dossel", "indirect", "whether the walkout would spread no")]


def test_asked_by_reporters_if_then_said_yes(nlp: Language) -> None:
    text = "Club president Aldo Ferrin met the team. Asked by reporters if the club would sell its ground, he said yes."
    assert said(nlp, text) == [("Aldo Ferrin", "indirect", "if the club would sell its ground yes")]


def test_a_no_without_a_question_or_to_something_is_no_statement(nlp: Language) -> None:
    assert said(nlp, "Mira Dossel said no to the offer.") == []
    assert said(nlp, "Mira Dossel said no.") == []
    assert said(nlp, "Asked about the delay, Mira Dossel said no more.") == []
