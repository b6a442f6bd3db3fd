"""A word's lemma in lower case: the one form every step of the meetings extractor matches its lexicon with
("Met", "meets" and "meeting" as the verb all read "meet")."""

from __future__ import annotations

from spacy.tokens import Token


def lower_lemma(token: Token) -> str:
    return token.lemma_.lower()
