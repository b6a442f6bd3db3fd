"""A harm that someone denies a part in still happened: "denied responsibility for a blaze",
"rejected any involvement in a bombing", "no role in the fraud" deny the part, not the blaze.

Negation reaches a bad word through the noun phrase it sits in, so VADER's reversal made a denied
responsibility for a tragedy read as good news. Only the speaker's share is in question; the
harm keeps its tone, as a harm a talk or a remedy works on does (`topic`, `remedy`).
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import MAX_SCOPE_STEPS

# Nouns of having a part in something: what they are "for", "in" or "of" is the event itself.
INVOLVEMENT_NOUNS = frozenset(
    {"responsibility", "involvement", "role", "part", "blame", "complicity", "knowledge", "link", "hand"}
)
INVOLVEMENT_PREPS = frozenset({"for", "in", "of"})
# From a word up to the head of its noun phrase ("the deadly attack" -> "attack").
MODIFIER_DEPS = frozenset({"amod", "compound", "conj"})


def denied_part_in(token: Token) -> bool:
    """Whether the word is (in) the event a noun of involvement is about ("responsibility for [the
    tragedy]", "involvement in [the deadly attack]")."""
    node = token
    for _ in range(MAX_SCOPE_STEPS):
        if node.dep_ not in MODIFIER_DEPS or node.head.i == node.i:
            break
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in INVOLVEMENT_PREPS or prep.head.i == prep.i:
        return False
    return prep.head.lemma_.lower() in INVOLVEMENT_NOUNS
