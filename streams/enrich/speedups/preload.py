"""Every table an article reads, built when the Enricher starts instead of on the first article that needs it.

Why: the tables are built lazily, once per process, and the first article paid for them: ~0.4 s of CPU on
top of a 500-word article's ~0.1 s (the city gazetteer's 32,000 entries most of it, the sentiment lexicon
with its British spellings ~55 ms), and 1.5 s of stage time in a busy worker's child, against the promise of
events within a second. Built at start-up they are also among what `settled_heap` freezes, so full garbage
collections no longer walk them.
docs/performance.md, "First-article latency".
"""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.cast import given_names
from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from streams.enrich.vocabulary import places


def load_tables(nlp: Language) -> None:
    """Builds the given-name genders for `nlp`, the gazetteer and the sentiment lexicon now."""
    given_names.warm(nlp)
    places.warm()
    news_lexicon()
