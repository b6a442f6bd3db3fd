"""An example restates the kind it illustrates: "disasters such as floods and wildfires" tells of
one harm, not three.

VADER sums every rated word, so a list of examples after a rated noun ("diseases such as cholera",
"crimes such as arson and robbery") multiplied one mention of a harm into several and outweighed
the rest of the sentence, though the sentence says no more than its head noun does.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import first_conjunct
from streams.enrich.extractors.sentiment.tree import dependents


def restates_kind(token: Token, polar: dict[int, float]) -> bool:
    """Whether the word is an example ("such as" X, or its conjuncts) of a noun rated with the same sign."""
    node = first_conjunct(token)
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "as" or prep.head.i == prep.i:
        return False
    if not any(m.lower_ == "such" for m in dependents(prep, ("amod", "advmod"))):
        return False
    return polar.get(prep.head.i, 0.0) * polar.get(token.i, 0.0) > 0
