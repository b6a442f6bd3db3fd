"""Adding a repair that reads a word table built once from the lemmatizer's lookups.

The tables ("only a past form", "a base verb form") are read from the same lemmatizer the pipeline already
loads, so no word list ships with the project; they live on `nlp.vocab` so the repair, run on each document,
finds them without a closure. Each repair runs right after the parser, before the attribute table and the
lemmatizer read its corrected tags.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

Build = Callable[[Language], dict[str, bool]]


def add_tabled_repair(nlp: Language, factory: str, table: str, build: Build) -> Language:
    """A no-op without a parser and a rule lemmatizer, or when the repair is already present."""
    if "parser" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names or factory in nlp.pipe_names:
        return nlp
    if not nlp.vocab.lookups.has_table(table):
        nlp.vocab.lookups.add_table(table, build(nlp))
    nlp.add_pipe(factory, after="parser")
    return nlp
