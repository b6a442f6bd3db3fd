"""A bare crowd of representatives that echoes one a body was named for: "Harbour Board officials said the berth
would reopen in May. ... The cranes are to be replaced, officials said."

Plural "officials", "executives", written with nothing of their own (no article, no modifier, no "of X"), name
no body, and the conventions leave them unnamed (`eval/README.md`, "Statements' speakers"). But once the
article made such a crowd a body's voice ("company officials", "the officials" after them), the same bare word
later is read as the same people, as a reader does: the body they spoke for, until another crowd of that word
spoke without a body ("Ostrian officials", "officials at several banks" that named none), which makes the word
ambiguous again. A bare crowd before any named one stays unnamed: nothing is guessed forwards.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..entity import Entity
from ..lexicon import lexicon

# singular nouns for a body's people that news writes as a plural would be ("committee staff said ... staff said")
COLLECTIVE_PEOPLE = frozenset({"staff", "personnel"})


def is_bare_crowd(head: Token) -> bool:
    """Whether `head` is a plural (or collective) representative noun written alone: "officials", "staff", not
    "the officials", "ministry officials", "officials at X" or "two officials"."""
    return (
        (head.tag_ == "NNS" or head.lemma_.lower() in COLLECTIVE_PEOPLE)
        and head.lemma_.lower() in lexicon().representative_nouns
        and not any(True for _ in head.children)
    )


def echoed_body(head: Token, last: tuple[int, Entity] | None, unnamed_at: int | None) -> Entity | None:
    """The organisation a bare crowd `head` speaks for: the one the same head noun last spoke for (`last`: where
    and whom; `head` itself when a second cue shares it), when no crowd of that noun spoke unnamed since
    (`unnamed_at`); else None."""
    if last is None or not is_bare_crowd(head):
        return None
    where, entity = last
    if entity.kind != "org" or where > head.idx or (unnamed_at is not None and where < unnamed_at < head.idx):
        return None
    return entity
