"""A good thing that a bad act is done to is its victim, not good news ("exploited the trust")."""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import MAX_SCOPE_STEPS
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.shifters import is_shifter

# The links from a word up to the predicate of whose object it is a part: "exploited [the trust
# of colleagues]", "a betrayal of [a loyal workforce]", "[the agreement] was delayed".
OBJECT_LINKS = frozenset({"dobj", "nsubjpass"})
NOUN_PHRASE_LINKS = frozenset({"amod", "compound", "poss", "nmod", "pobj", "conj"})


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
