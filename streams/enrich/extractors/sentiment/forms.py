"""Every word's lemma, form and part of speech as plain lists, read once per doc.

The scorer looks most words up only to learn that the lexicon does not know them; building a spaCy
Token for each was most of the stage's time, a row of the doc's array is not.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc

from streams.enrich.doc_cache import per_doc


@per_doc
def word_forms(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Every token's lower-cased lemma, lower-cased word and part of speech, by token index."""
    strings = doc.vocab.strings
    rows = doc.to_array([LEMMA, LOWER, POS]).tolist()
    return [strings[r[0]].lower() for r in rows], [strings[r[1]] for r in rows], [strings[r[2]] for r in rows]
