"""The article cast on short invented articles: one resolution pattern per test."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from streams.enrich.cast import Cast, cast_of
from streams.enrich.nlp import load_nlp, parse
from streams.ingest.article import Article


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def cast(nlp: Language, text: str) -> Cast:
    return cast_of(parse(Article(id="t", text=text), nlp).doc)


def token(doc: Doc, word: str, nth: int = 0) -> Token:
    return [t for t in doc if t.text == word][nth]


def test_cast_is_built_once_per_parse_and_hung_on_the_doc(nlp: Language) -> None:
    doc = parse(Article(id="t", text="Harbour master Pell Oduya inspected the pier."), nlp).doc
    assert cast_of(doc) is cast_of(doc) is doc._.cast


def test_full_and_short_names_are_one_person_with_the_title_written_before(nlp: Language) -> None:
    c = cast(nlp, "Fisheries Minister Talia Morrow opened the port. Morrow said the catch had doubled.")
    [person] = c.people
    assert person.name == "Talia Morrow"
    assert person.title == "Fisheries Minister"
    assert person.prominence == 2


def test_pronoun_resolves_to_the_person_in_focus_with_matching_gender(nlp: Language) -> None:
    c = cast(nlp, "Ms Talia Morrow opened the port on Monday. Later she toured the new harbour.")
    doc = c.doc
    assert c.resolve(token(doc, "she")).name == "Talia Morrow"
    assert c.named_at(token(doc, "Talia")).name == "Talia Morrow"
