"""Where a word stands in its sentence's parse: the relations every clause reading walks.

Negation, shifters, "if" clauses and the backdrop of good news all climb from a rated word towards
the predicate that governs it; they share these few steps and limits so that they agree on what a
clause, a phrase and an argument are.

A root is recognised by index (`head.i == token.i`), never by identity: spaCy builds a new Token
object on every access, so `token.head is token` is false even at a sentence's root.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.tree import dependents

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A shifter's scope does not cross into another clause: in "they failed, and trade recovered" the
# recovery is not reversed.
CLAUSE_EDGES = frozenset({"conj", "advcl", "relcl", "parataxis", "acl", "appos"})
# "it is premature to call X a success": the shifter is the predicate adjective, X sits in its
# sister clause.
PREDICATE_DEPS = frozenset({"acomp", "attr"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# How far above a word a shifter may stand ("lack -> of -> trust" is two steps, "premature ... to
# call the deal a success" three); beyond that the parse is too unreliable to trust.
MAX_SCOPE_STEPS = 4
# How many heads up a word may sit below the verb of its clause ("if the panel's work went well").
MAX_CLAUSE_DEPTH = 8
# The links inside a noun phrase, from a modifier up to the phrase's head noun: in "the conditions
# for a productive meeting are not there" the negation of "are" reaches "productive".
PHRASE_LINKS = frozenset({"amod", "compound", "poss", "nmod", "pobj", "prep"})


def first_conjunct(token: Token) -> Token:
    """A conjunct takes its grammatical role from the first conjunct ("not calm or constructive").

    A conjunct with a subject of its own is a clause of its own: in "they did not own cars and she
    feared the worst" the fear is not denied.
    """
    steps = 0
    while token.dep_ == "conj" and token.head.i != token.i and steps < MAX_SCOPE_STEPS:
        if dependents(token, SUBJECT_DEPS):
            break
        token, steps = token.head, steps + 1
    return token


def phrase_head(token: Token) -> Token:
    """The head noun of the noun phrase the word modifies ("productive" -> "conditions" in
    "the conditions for a productive meeting"); the word itself when it heads no phrase."""
    node = token
    for _ in range(MAX_SCOPE_STEPS):
        if node.dep_ not in PHRASE_LINKS or node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in ("NOUN", "PROPN", "PRON") else token


def of_head(token: Token) -> Token | None:
    """The noun whose "of" complement this word is: a negated noun denies its complement too
    ("no sign of a breakthrough", "no hope of agreement", "no prospect of progress")."""
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    return prep.head if prep.head.pos_ == "NOUN" else None
