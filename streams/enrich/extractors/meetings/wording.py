"""Small readings of a trigger word's own dependents, shared by detection and its look-alike checks.

"talks with X", "a phone call", "the bargaining session", a word of a name the cast read: every check asks
the same few questions of the words around a trigger, so they are answered once.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import cast_of
from streams.enrich.extractors.meetings.lexicon import LEX

VERB_POS = ("VERB", "AUX")


def has_party_prep(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)


def modifiers(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}


def is_phone_call(token: Token) -> bool:
    return bool(modifiers(token) & LEX.call_modifiers)


def is_named(token: Token, kinds: tuple[str, ...] = ("person", "org", "place")) -> bool:
    """Whether `token` is part of a name of one of `kinds` as the cast reads it: the model's labels with
    its slips repaired, so that detection and the sides agree on who is named."""
    span = cast_of(token.doc).name_span(token.i)
    return span is not None and span[2] in kinds
