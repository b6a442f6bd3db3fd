"""The cast build remembers `is_title_in_name` per word; the memo must answer only for the doc it was set for,
since the same word position in another parse may be a surname ("Minister" ending a person's name)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from streams.enrich.cast.names import is_title_in_name, titles_in_names_remembered

_VOCAB = spacy.blank("en").vocab  # word shapes (lower case) need the language's lexical attributes


def _doc(words: list[str], ents: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, pos=["PROPN"] * (len(words) - 1) + ["VERB"], ents=ents)


def test_memo_answers_only_for_its_own_doc() -> None:
    titled = _doc(["Deputy", "Minister", "Kofi", "Mensah", "said"], ["O", "O", "B-PERSON", "I-PERSON", "O"])
    surname = _doc(["Lena", "Minister", "said"], ["B-PERSON", "I-PERSON", "O"])
    with titles_in_names_remembered(titled):
        assert is_title_in_name(titled[1])
        assert not is_title_in_name(surname[1])  # same position, another parse: a surname
        assert is_title_in_name(titled[1])  # the remembered answer


def test_memo_is_dropped_after_the_build() -> None:
    doc = _doc(["Ama", "Minister", "said"], ["O", "O", "O"])
    with titles_in_names_remembered(doc):
        assert is_title_in_name(doc[1])
    doc.ents = [Span(doc, 0, 2, label="PERSON")]  # a later parse repair: "Minister" now ends a name
    assert not is_title_in_name(doc[1])
