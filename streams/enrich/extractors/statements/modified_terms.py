"""Quotation marks around the head of a noun phrase whose modifier stands outside them: a term in use.

`would convert all outstanding "preferred shares"`, `a regional-style "grid"`: the writer sets off the
name a thing goes by (often a technical or coined term), and a word before the marks qualifies it like any
noun. Nobody's words are quoted, though the sentence around may still report someone's. Words that rate
good or bad (`a political "disaster"`) are the speaker's own verdict and stay quotations.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.lexicon import news_lexicon

from .layout import Layout
from .quotes import Quote
from .titles import word_before, words_in

_MAX_TERM_WORDS = 3
_TERM_TAGS = frozenset({"NN", "NNS", "JJ", "VBG", "VBN", "HYPH"})
_MODIFIER_TAGS = frozenset({"JJ", "VBN", "VBG", "NN", "NNP"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def heads_a_modified_term(layout: Layout, q: Quote) -> bool:
    """True when the short nominal quotation is the head of a noun phrase modified from outside the marks."""
    words = words_in(layout, q, _MAX_TERM_WORDS)
    if not 0 < len(words) <= _MAX_TERM_WORDS or words[-1].tag_ not in ("NN", "NNS"):
        return False
    if not all(t.tag_ in _TERM_TAGS for t in words) or _rated(words):
        return False
    before = word_before(layout, q)
    return before is not None and _modifies(before, words)


def _modifies(before: Token, words: list[Token]) -> bool:
    """The word before the marks hangs on a word inside them as a modifier (not a determiner or adverb)."""
    inside = {t.i for t in words}
    return before.tag_ in _MODIFIER_TAGS and before.dep_ in _MODIFIER_DEPS and before.head.i in inside


def _rated(words: list[Token]) -> bool:
    """Any quoted word the sentiment lexicon rates: an evaluative word is someone's judgement."""
    valence = news_lexicon().valence
    return any(t.lower_ in valence or t.lemma_.lower() in valence for t in words)
