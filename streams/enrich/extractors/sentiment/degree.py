"""Degree words that scale a rating: boosters ("very good"), "too" ("too late"), "only" ("won only three").

VADER keeps its booster arithmetic; the parse says which word a degree adverb attaches to instead
of the word that happens to follow it.
"""

from __future__ import annotations

import math

from spacy.tokens import Doc, Token

from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.tree import dependents

# The relations by which a degree adverb attaches to the word it boosts.
BOOSTER_DEPS = frozenset({"advmod", "amod", "npadvmod"})
# A count that "only" or "just" restricts is fewer than hoped or feared, which turns the news the
# verb counts: "won only three of 15 games" is a losing season, "just 12% of members approved" a
# rebuff, "only two people were hurt" (a relief) reverses the hurt. The restricting adverb hangs from the number, which
# is the verb's argument or counts it. Read like a negation (VADER's scalar), since it denies the
# amount the verb would otherwise report.
RESTRICTING_ADVERBS = frozenset({"only", "just", "merely"})
COUNTED_ARGUMENTS = ("dobj", "nsubj", "nsubjpass")
# "Too" says a quality overshoots what was needed, which news reports as a failing: "too late",
# "too expensive", "too slow", "too little" (Kennedy & Inkpen 2006 list such intensifiers among the
# valence shifters). The phrase weighs as a plain bad-news word in VADER; "too X to do Y" is a
# degree, not a complaint ("too early to say"), and a word already bad keeps its own rating.
EXCESS_VALENCE = -1.5
DEGREE_COMPLEMENTS = ("xcomp", "ccomp")


def boosted(token: Token, valence: float, lex: NewsLexicon) -> float:
    """Add VADER's booster increments for degree adverbs attached to the word ("very good")."""
    for child in dependents(token, BOOSTER_DEPS):
        scalar = lex.boosters.get(child.lower_)
        if scalar is not None:
            valence += math.copysign(scalar, valence)
    return valence


def restricted_count(verb: Token) -> bool:
    """Whether a verb's argument is a count that "only" restricts: "won [only three]", "[just two
    people] were hurt"."""
    for argument in dependents(verb, COUNTED_ARGUMENTS):
        counts = [argument] if argument.like_num else dependents(argument, ("nummod",))
        if any(a.lower_ in RESTRICTING_ADVERBS for count in counts for a in dependents(count, ("advmod",))):
            return True
    return False


def excess_valences(doc: Doc, span: range, words: list[str], lex: NewsLexicon) -> dict[int, float]:
    """The adjectives and adverbs "too" overshoots ("too late"), rated as a failing, by token index."""
    found: dict[int, float] = {}
    for i in span:
        if words[i] != "too":
            continue
        head = doc[i].head
        if doc[i].dep_ != "advmod" or head.i == i or head.pos_ not in ("ADJ", "ADV") or head.i not in span:
            continue
        if lex.valence.get(words[head.i], 0.0) >= 0 and not dependents(head, DEGREE_COMPLEMENTS):
            found[head.i] = EXCESS_VALENCE
    return found
