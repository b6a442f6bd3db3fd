"""Fixed expressions of the news lexicon ("fell short", "let down"), found on lemmas and forms.

A phrase means what its words do not ("stepped up" is no step), so it is rated as one word before
the words are, and its other words are silenced.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.forms import word_forms
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.tree import dependents

# The relations of the second word of a phrase that may stand apart from its first: a verb's
# particle ("let the fans down"), adverb ("fell well short on recycling") or object ("beat
# analysts' forecasts", "denied any wrongdoing").
SPLIT_PHRASE_DEPS = ("prt", "advmod", "dobj")


def phrase_valences(tokens: Sequence[Token], lex: NewsLexicon) -> dict[int, float]:
    """Fixed expressions: the phrase's valence sits on its first word, the others are silenced.

    Matched on lemmas or, failing that, on the words as written (the small model lemmatises rare
    words oddly: "unturned" -> "unturne"), or on the first word's lemma and the others as written.
    The doc's word forms are read once per doc.
    """
    found: dict[int, float] = {}
    if not len(tokens):
        return found
    lemmas, words, tags = word_forms(tokens[0].doc)
    start, end = tokens[0].i, tokens[-1].i + 1
    starts, by_start = lex.phrase_starts, lex.phrases_by_start
    i = start
    while i < end:
        if lemmas[i] in starts or words[i] in starts:
            opened = (*by_start.get(lemmas[i], ()), *by_start.get(words[i], ()))
            for size in sorted({len(p) for p, _ in opened if len(p) <= end - i}, reverse=True):
                value = lex.phrases.get(tuple(lemmas[i : i + size]))
                if value is None:
                    value = lex.phrases.get(tuple(words[i : i + size]))
                if value is None:  # "stayed closed": a participle the parse lemmatises as a verb
                    value = lex.phrases.get((lemmas[i], *words[i + 1 : i + size]))
                if value is not None:
                    found[i] = value
                    found.update(dict.fromkeys(range(i + 1, i + size), 0.0))
                    i += size - 1
                    break
        i += 1
    for i in range(start, end):
        if tags[i] == "VERB" and lemmas[i] in starts and i not in found:
            found.update(_split_phrase(tokens[0].doc[i], lex, lemmas, found))
    return found


def _split_phrase(verb: Token, lex: NewsLexicon, lemmas: list[str], taken: dict[int, float]) -> dict[int, float]:
    """A two-word phrase whose second word is the verb's particle, adverb or object wherever it stands:
    the object of a particle verb goes between ("let the fans down", "turned the offer down"),
    and so may a degree adverb ("fell well short on recycling")."""
    for child in dependents(verb, SPLIT_PHRASE_DEPS):
        value = lex.phrases.get((lemmas[verb.i], lemmas[child.i]))
        if value is not None and child.i > verb.i and child.i not in taken:
            return {verb.i: value, child.i: 0.0}
    return {}
