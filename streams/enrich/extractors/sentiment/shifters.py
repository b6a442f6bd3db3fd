"""Valence shifters: words that reverse what they take ("avoid war", "lack of trust", "the strike ended").

A shifter is no negation: it has a complement, not a predicate, in its scope, and shifters compose
with each other ("failed to resolve the differences"), so they are found by their own walk.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import (
    CLAUSE_EDGES,
    COMPLEMENT_DEPS,
    MAX_SCOPE_STEPS,
    PREDICATE_DEPS,
    first_conjunct,
)
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.tree import dependents

# "Be" with one of these says its subject has ended: "the danger is over", "the worst is past",
# "the threat is gone" (the intransitive verbs of ending are the lexicon's fading group).
OVER_WORDS = frozenset({"over", "past", "gone"})
OVER_LINKS = ("advmod", "acomp", "prep", "prt")
# A bad thing that passes is over ("the danger of flooding has passed", "the storm threat passed"),
# but a motion, a budget or an agreement "passes" a vote ("the agreement passed with 60 votes"): a
# passing subject is reversed only when it is bad news.
PASSING_VERBS = frozenset({"pass"})

# A shifter reverses what it takes as complement: "avoid war", "the war was ended", "failed to
# agree", "without progress", "lack of trust"; not its adjuncts ("the summit ended with an agreement").
SHIFTED_DEPS = frozenset({"dobj", "nsubjpass", "xcomp", "ccomp", "pcomp", "pobj"})
# What describes a noun ("the damaged bridge", "a hard cut"): it is no complement of the noun.
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound"})


def is_shifter(token: Token, lex: NewsLexicon) -> bool:
    """Whether the word is a valence shifter, alone ("avoid") or with its particle ("rule out")."""
    lemma = token.lemma_.lower()
    return lemma in lex.shifters or any(f"{lemma} {p.lower_}" in lex.shifters for p in dependents(token, ("prt",)))


def is_fading(verb: Token, lex: NewsLexicon) -> bool:
    """Whether the verb says its subject dwindles or ends, alone ("faded", "the strike ended") or
    with the phrase of its end ("came to an end", "drew to a close"). Only without an object: the
    subject of "the war ended the boom" or "the news dimmed hopes" is what ends the other."""
    lemma = verb.lemma_.lower()
    if dependents(verb, ("dobj",)):
        return False
    if lemma in lex.fading or _is_over(verb):
        return True
    return lemma in lex.fading_verbs and any(
        f"{lemma} {prep.lower_} {end.lemma_.lower()}" in lex.fading
        for prep in dependents(verb, ("prep",))
        for end in dependents(prep, ("pobj",))
    )


def _is_over(verb: Token) -> bool:
    """Whether "be" says its subject is over: "the danger is over", "the threat is gone"; not "the
    row is over pay" or "the project is over budget", where "over" takes an object."""
    return verb.lemma_ == "be" and any(
        w.lower_ in OVER_WORDS and not dependents(w, ("pobj",)) for w in dependents(verb, OVER_LINKS)
    )


def _is_gone(verb: Token) -> bool:
    """Whether the verb says its subject is gone ("the threat of relegation is gone"), which the
    parse reads as a passive of "go"."""
    return verb.lower_ == "gone" and bool(dependents(verb, ("auxpass",)))


def _has_passed(verb: Token) -> bool:
    """Whether the verb says its subject has passed, with no object ("has passed", not "passed the test")."""
    return verb.lemma_.lower() in PASSING_VERBS and not dependents(verb, ("dobj",))


def _shifter(token: Token, lex: NewsLexicon, polar: dict[int, float]) -> Token | None:
    """The nearest valence shifter governing the word, unless another rated word stands between."""
    child = first_conjunct(token)
    for _ in range(MAX_SCOPE_STEPS):
        head = child.head
        if head.i == child.i or child.dep_ in CLAUSE_EDGES:
            return None
        if child.dep_ == "nsubj" and (is_fading(head, lex) or (polar.get(token.i, 0.0) < 0 and _has_passed(head))):
            return head
        if child.dep_ == "nsubjpass" and _is_gone(head):
            return head
        if is_shifter(head, lex) and not _describes_noun(child, head):
            return head if child.dep_ in SHIFTED_DEPS or child.lower_ == "of" else None
        if child.dep_ in COMPLEMENT_DEPS:
            for sister in dependents(head, PREDICATE_DEPS):
                if is_shifter(sister, lex):
                    return sister
        if polar.get(head.i) and not _shares_head(child, head, polar):
            return None
        child = head
    return None


def _describes_noun(modifier: Token, head: Token) -> bool:
    """Whether the word only describes a noun that shares a shifter's lemma: the "damaged" of "repaired
    the damaged bridge" or "a cracked block" says what the thing is like, and the walk goes on to what
    is done to it; a noun shifter reverses only what its "of" takes ("lack of trust")."""
    return modifier.dep_ in NOUN_MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN")


def _shares_head(modifier: Token, noun: Token, polar: dict[int, float]) -> bool:
    """Whether an adjective leaning the same way as its rated noun only says what the noun was like:
    what is ended or avoided goes with it ("ending a bitter dispute", "averted a costly strike",
    "lifted the harsh restrictions"), where a rated noun otherwise stops a shifter's reach."""
    return modifier.dep_ == "amod" and polar.get(modifier.i, 0.0) * polar.get(noun.i, 0.0) > 0


def shifter_chain(token: Token, lex: NewsLexicon, polar: dict[int, float]) -> list[Token]:
    """The shifters governing the word, nearest first, each one governing the one before.

    Shifters compose: "failed to resolve the differences" is the failure of a resolution, so the
    differences are reversed by "resolve" and the result again by "failed" (Moilanen & Pulman 2007,
    "Sentiment composition"). Stopping at the nearest shifter read it as good news.
    """
    chain: list[Token] = []
    shifter = _shifter(token, lex, polar)
    while shifter is not None and shifter not in chain and len(chain) < MAX_SCOPE_STEPS:
        chain.append(shifter)
        shifter = _shifter(shifter, lex, polar)
    return chain
