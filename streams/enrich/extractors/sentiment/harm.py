"""What an act does to its object decides its tone: a good thing harmed is no good news
("exploited the trust"), a harmful thing destroyed is ("the drug kills cancer cells").

Moilanen & Pulman (2007, "Sentiment composition") compose a verb with its object; VADER adds the
two ratings, or rates the act alone, and reads a cure's "kills" as harm.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from streams.enrich.extractors.sentiment.grammar import MAX_SCOPE_STEPS
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.shifters import is_shifter
from streams.enrich.extractors.sentiment.tree import dependents

# The links from a word up to the predicate of whose object it is a part: "exploited [the trust
# of colleagues]", "a betrayal of [a loyal workforce]", "[the agreement] was delayed".
OBJECT_LINKS = frozenset({"dobj", "nsubjpass"})
NOUN_PHRASE_LINKS = frozenset({"amod", "compound", "poss", "nmod", "pobj", "conj"})
# Destroying a harmful agent weighs as a moderately rated good word ("victory", 1.5 in the news
# layer), whatever VADER gives the verb as harm ("kill" -3.5, "block" -0.9).
DESTROYED_HARM_VALENCE = 1.5
# What a destroyer destroys: its object, or its subject in the passive ("the bacteria were killed").
DESTROYED_DEPS = ("dobj", "nsubjpass")
# A harmful agent may be the kind of what is destroyed: "cancer cells", "malaria mosquitoes".
KIND_DEPS = ("compound", "amod")


def is_harmed(token: Token, lex: NewsLexicon, polar: dict[int, float]) -> bool:
    """Whether a good thing is what a bad act or event is done to ("exploited the trust").

    Moilanen & Pulman (2007) compose a verb with its object: a negative act on something good is
    negative, the good object is its victim and lends it no warmth. VADER adds the two and "a
    betrayal of a loyal workforce" comes out even. Shifters ("lack of trust") reverse instead.
    """
    child = token
    for _ in range(MAX_SCOPE_STEPS):
        head = child.head
        if head.i == child.i:
            return False
        of_link = child.dep_ == "prep" and child.lower_ == "of"
        if (child.dep_ in OBJECT_LINKS or of_link) and polar.get(head.i, 0.0) < 0:
            return not is_shifter(head, lex)
        if not (of_link or child.dep_ in NOUN_PHRASE_LINKS):
            return False
        child = head
    return False


def destroyed_harm_valences(
    doc: Doc, span: range, lemmas: list[str], tags: list[str], lex: NewsLexicon
) -> dict[int, float]:
    """The verbs of destroying in the span whose object is a harmful agent, rated as good news."""
    found: dict[int, float] = {}
    for i in span:
        if tags[i] != "VERB" or lemmas[i] not in lex.destroyer_words:
            continue
        verb = doc[i]
        if _destroys(verb, lemmas[i], lex) and any(_harmful(o, lex) for o in dependents(verb, DESTROYED_DEPS)):
            found[i] = DESTROYED_HARM_VALENCE
    return found


def _destroys(verb: Token, lemma: str, lex: NewsLexicon) -> bool:
    """Whether the verb is a destroyer, alone ("kill") or with its particle ("wipe out")."""
    return lemma in lex.destroyers or any(f"{lemma} {p.lower_}" in lex.destroyers for p in dependents(verb, ("prt",)))


def _harmful(noun: Token, lex: NewsLexicon) -> bool:
    """Whether the noun is a harmful agent or names a kind of one ("cancer cells")."""
    kinds = (m.lemma_.lower() for m in dependents(noun, KIND_DEPS))
    return noun.lemma_.lower() in lex.harmful or any(kind in lex.harmful for kind in kinds)
