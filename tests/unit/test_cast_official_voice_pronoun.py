"""A he/she right after an unnamed official of a named body ("The X Corp official said ... He said") keeps that
body's voice, however the official's phrase was resolved (here the body's name carries a ticker code), as a
spokesperson's does. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import said

_TEXT = (
    "Copper buyers agreed to pay less for ore from the Varnley pit, an official at a firm in the deal said.\n\n"
    "The Orvane Metals Corp <ORVM.T> official said the price cut came after four months of talks with Dellor Ltd.\n\n"
    "He said the buyers would keep asking for purer ore next year."
)


def test_the_pronoun_after_an_unnamed_official_is_the_body(nlp: Language) -> None:
    found = {q[:10]: s for s, _, q in said(nlp, _TEXT)}
    assert found["the price "] is not None
    assert found["the buyers"] == found["the price "]


def test_a_named_person_between_takes_the_pronoun(nlp: Language) -> None:
    text = _TEXT.replace("He said", "Dellor chief executive Marcus Hale agreed. He said")
    found = {q[:10]: s for s, _, q in said(nlp, text)}
    assert found["the buyers"] == "Marcus Hale"
