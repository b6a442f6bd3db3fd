"""A prefix of opposition joined to a bad word makes the name of a kind, not news of the bad thing.

An "anti-fraud unit", an "anti-terrorism law", an "anti-bullying code" are bodies and measures
named after what they work against. A reader of "the council adopted an anti-racism charter" hears
a notice, not a report of racism; VADER, reading whitespace-split words, rated both "anti" (its -1.3
is the free-standing stance of "he is anti") and the bad word, so such notices read as strongly
negative. The compound is left to the words around it, as a term. Joined to a word that is not
bad ("anti-government protesters", "anti-whaling ships") the prefix keeps VADER's stance: that
opposition is to something the lexicon does not call a harm, and it may be the news.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from streams.enrich.extractors.sentiment.forms import word_forms
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon

# Prefixes that, hyphenated to a noun, name what a body or measure opposes. Not "counter": a
# "counter-attack" or "counter-offensive" is an attack made in return, a kind of the bad thing.
OPPOSING_PREFIXES = frozenset({"anti"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _compound_at(doc: Doc, i: int, words: list[str], lemmas: list[str], lex: NewsLexicon) -> bool:
    """Whether an opposing prefix at `i` is hyphenated, with no space, to a word the lexicon rates bad.

    The parse splits "anti-fraud" into prefix, hyphen and word; a spaced "anti - war" is a dash
    between two words and is left alone.
    """
    if words[i] not in OPPOSING_PREFIXES or i + 2 >= len(doc):
        return False
    prefix, hyphen = doc[i], doc[i + 1]
    if hyphen.text not in HYPHENS or prefix.whitespace_ or hyphen.whitespace_:
        return False
    return names_harm(words[i + 2], lemmas[i + 2], lex)


def names_harm(word: str, lemma: str, lex: NewsLexicon) -> bool:
    """Whether the word after an opposing prefix is one the lexicon rates bad, as written or as a lemma."""
    return min(lex.valence.get(word, 0.0), lex.valence.get(lemma, 0.0)) < 0


def opposed_kind(token: Token, lex: NewsLexicon) -> bool:
    """Whether the word is the prefix or the bad word of an "anti-X" compound; such a
    word rates nothing, so it gives no tone to the phrase it sits in either."""
    lemmas, words, _ = word_forms(token.doc)
    i = token.i
    return _compound_at(token.doc, i, words, lemmas, lex) or (
        i >= 2 and _compound_at(token.doc, i - 2, words, lemmas, lex)
    )


def opposed_kind_valences(doc: Doc, span: Iterable[int], words: list[str], lex: NewsLexicon) -> dict[int, float]:
    """Silence the prefix and the bad word of each "anti-X" compound in the span."""
    lemmas = word_forms(doc)[0]
    found: dict[int, float] = {}
    for i in span:
        if _compound_at(doc, i, words, lemmas, lex):
            found[i] = found[i + 2] = 0.0
    return found
