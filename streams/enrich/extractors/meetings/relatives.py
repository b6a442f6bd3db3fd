"""The one a relative pronoun stands for: "Y, whom X met on Monday", "Y, with whom X held talks".

The side of an encounter told inside a relative clause is the pronoun; the cast names only its antecedent, the
noun the clause hangs on.
"""

from __future__ import annotations

from spacy.tokens import Token

_RELATIVE_PRONOUNS = ("who", "whom")
_MAX_CLIMB = 3  # "whom" -> "with" -> "talks" -> "held": the pronoun sits a few steps under the clause's verb


def antecedent(pronoun: Token) -> Token | None:
    """The noun a "who"/"whom" clause describes; None for any other word. "which" and "that" stand for things
    or places, never an encounter's side."""
    if pronoun.tag_ != "WP" or pronoun.lower_ not in _RELATIVE_PRONOUNS:
        return None
    node = pronoun
    for _ in range(_MAX_CLIMB + 1):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def fronted_partners(verb: Token) -> list[Token]:
    """"Y, with whom X held talks": the "with" of the clause comes first and hangs on its verb, not on the talks
    it held; the pronoun is the partner."""
    return [obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i < verb.i
            for obj in prep.children if obj.dep_ == "pobj" and antecedent(obj) is not None]
