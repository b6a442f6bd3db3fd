"""An act said to fall short: "the council had not done enough", "did not do enough to stop it".

Critics say what an official or a body failed at by denying that it did enough. No word of it is
rated, so the complaint read as neutral; and the good words of the purpose it fell short of ("to
reassure investors", "to protect nurses") read as good news, although the purpose was not met.
The complaint weighs as a grievance does (`negated_acts.GRIEVANCE_VALENCE`); the purpose rates
nothing, as an unmet request does. Said without the negation ("they did enough to win") the act is
a success and is left to its other words.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import MAX_CLAUSE_DEPTH
from streams.enrich.extractors.sentiment.negated_acts import GRIEVANCE_VALENCE
from streams.enrich.extractors.sentiment.negation import negated
from streams.enrich.extractors.sentiment.tree import dependents

SHORTFALL_VERBS = frozenset({"do"})
SUFFICIENCY_WORDS = frozenset({"enough"})
# How "enough" hangs on "do": as its object ("done enough") or as an adverb ("done enough.").
SUFFICIENCY_LINKS = ("dobj", "advmod", "npadvmod")
# How the purpose hangs on the act or on "enough": "not done enough [to reassure investors]".
PURPOSE_LINKS = frozenset({"advcl", "xcomp", "acl"})


def shortfall(token: Token, negator: Token | None) -> float:
    """Valence of a negated "do enough": a complaint ("had not done enough")."""
    if negator is not token or not _does_enough(token):
        return 0.0
    return GRIEVANCE_VALENCE


def fell_short_of(token: Token) -> bool:
    """Whether the word sits in the purpose of an act said to fall short ("not done enough [to
    protect nurses]")."""
    node = token
    for _ in range(MAX_CLAUSE_DEPTH):
        if node.head.i == node.i:
            return False
        if node.dep_ in PURPOSE_LINKS:
            host = node.head.head if node.head.lower_ in SUFFICIENCY_WORDS else node.head
            if _does_enough(host) and negated(host):
                return True
        node = node.head
    return False


def _does_enough(verb: Token) -> bool:
    """Whether the verb is "do" with "enough" as what it does ("done enough")."""
    return verb.lemma_.lower() in SHORTFALL_VERBS and any(
        w.lower_ in SUFFICIENCY_WORDS for w in dependents(verb, SUFFICIENCY_LINKS)
    )
