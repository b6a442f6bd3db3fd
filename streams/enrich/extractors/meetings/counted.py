"""The bodies a count stands for: "12 of the county's largest unions", "a handful of rowing clubs"."""

from __future__ import annotations

from spacy.tokens import Token

_COUNTING_NOUNS = frozenset({"number", "handful", "dozen", "dozens", "score", "scores"})


def partitive_whole(obj: Token | None) -> Token | None:
    """"officials from 12 of the county's largest unions", "delegates of a handful of guilds": a number or a
    counting noun before "of" stands for the bodies after it, so those bodies are what the group is told by."""
    if obj is None or not counts_out(obj):
        return obj
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((o for o in of.children if o.dep_ == "pobj"), obj) if of is not None else obj


def counts_out(obj: Token) -> bool:
    """Whether `obj` is a count ("12", "a number") rather than the bodies counted."""
    return obj.pos_ == "NUM" or (obj.pos_ == "NOUN" and obj.lower_ in _COUNTING_NOUNS)
