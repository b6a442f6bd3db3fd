"""Contrast: what a "but" weighs on either side, a turn across a full stop, a reaction reported as divided,
an alternative set aside ("rather than", "instead of").

These are the reporter's own signs that a story has two sides; the tone and the headline read the
same marks, so they live here rather than in the sentence scorer.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import PREDICATE_DEPS, SUBJECT_DEPS
from streams.enrich.extractors.sentiment.tree import dependents

# VADER's "but" rule: what comes after the contrast outweighs what came before.
BEFORE_BUT, AFTER_BUT = 0.5, 1.5
# Connectives that open a sentence by turning against the one before: "The first half was poor.
# However, we improved after the break." The turn is "but" across a full stop.
TURN_WORDS = frozenset({"however", "but", "yet", "nevertheless", "nonetheless"})
# A reaction reported as divided is the reporter saying the story has two sides: "the opera drew
# mixed reviews", "critics were divided", "reviewers split over the film". Only of a reaction or of
# those who react: a "split vote" or a "divided party" is a fact of its own (see `lead.py`).
DIVIDED_WORDS = frozenset({"mixed", "divided", "split"})
REACTION_NOUNS = frozenset(
    {"review", "reaction", "response", "reception", "opinion", "verdict", "critic", "reviewer", "audience"}
)


def divides_reaction(word: Token) -> bool:
    """Whether "mixed", "divided" or "split" is said of a reaction: the noun it qualifies ("mixed
    reviews") or the subject of its clause ("critics were divided", "reviewers split over it")."""
    said_of = [word.head] if word.dep_ == "amod" else dependents(word, SUBJECT_DEPS)
    if word.dep_ in PREDICATE_DEPS:
        said_of = dependents(word.head, SUBJECT_DEPS)
    return any(noun.lemma_.lower() in REACTION_NOUNS for noun in said_of)


# "urged patience rather than anger", "chose to invest instead of cutting jobs": what comes after
# the pair is the alternative the speaker sets aside, no more asserted than an "if" clause, so its
# words rate nothing (VADER read "anger" as the point of a call for patience). The pair's first
# word says which second word makes it one.
SETTING_ASIDE = {"than": "rather", "of": "instead"}


def set_aside(words: Sequence[str], tags: Sequence[str], span: range) -> set[int]:
    """The indices of the words an alternative set aside runs over, from its pair to the next
    punctuation mark: read on the words, because the small parser often hangs the alternative on
    the wrong head ("rather than [cut] jobs" as if "cut" described the jobs)."""
    found: set[int] = set()
    inside = False
    for i in span:
        if tags[i] == "PUNCT":
            inside = False
        elif inside:
            found.add(i)
        elif i > span.start and SETTING_ASIDE.get(words[i]) == words[i - 1]:
            inside = True
    return found
