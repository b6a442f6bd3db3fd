"""Roles the article gives a person without writing them as a title: "Dr X ... the doctor said", "X was
charged with fraud ... the defendant told the court", "a novel written by X ... the author said".

News names someone once and then refers back by what they are, and often that role was only implied: by
the honorific before the name, or by what the person did or had done to them. The role refers to the one
person the article so showed before it; when none or several fit it names no one: never a guess.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..entity import Entity, Mention
from ..lexicon import lexicon
from .descriptions import INDEFINITE_DETERMINERS

_UNNAMED = frozenset({*INDEFINITE_DETERMINERS, "one"})
_NAME_REACH = 4  # words between an honorific and the head of the name it opens ("Dr Ama Kofi Mensah")


def _honorific(token: Token) -> str | None:
    """The honorific opening the name whose head is `token`, lower case, else None."""
    doc = token.doc
    honorifics = lexicon().honorifics
    k = token.i - 1
    while k >= 0 and token.i - k <= _NAME_REACH and doc[k].pos_ == "PROPN" and doc[k].lower_ not in honorifics:
        k -= 1
    return doc[k].lower_ if k >= 0 and doc[k].lower_ in honorifics else None


def _shown_as(token: Token, role: str) -> bool:
    """Whether the clause around the name shows its holder in `role`: the honorific the role goes with, the
    one a verb of the role was done to ("X was charged", "police charged X"), or the one who did it ("X
    wrote", "written by X")."""
    lex = lexicon()
    if _honorific(token) in lex.honorific_roles.get(role, ()):
        return True
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "agent":  # "written by X"
        return verb.head.lemma_.lower() in lex.doer_roles.get(role, ())
    if token.dep_ in ("nsubjpass", "dobj"):
        return verb.lemma_.lower() in lex.undergoer_roles.get(role, ())
    return token.dep_ == "nsubj" and verb.lemma_.lower() in lex.doer_roles.get(role, ())


def unnamed_before(head: Token, role: str) -> bool:
    """ "A doctor who treated the boy ... the doctor said": a holder of the role the article introduced
    without a name ("a", "an", "another", "one") before `head` may be the one meant, so none is named."""
    return any(
        t.lemma_.lower() == role and any(c.dep_ == "det" and c.lower_ in _UNNAMED for c in t.children)
        for t in head.doc[: head.i]
    )


def implied_holder(head: Token, mentions: Sequence[Mention]) -> Entity | None:
    """For a definite "the <role>": the one person named before it whom the article showed in that role."""
    role = head.lemma_.lower()
    lex = lexicon()
    if role not in lex.honorific_roles and role not in lex.undergoer_roles and role not in lex.doer_roles:
        return None
    if unnamed_before(head, role):
        return None
    fits = {id(m.entity): m.entity for m in mentions
            if m.start < head.idx and m.entity.kind == "person" and _shown_as(head.doc[m.i], role)}
    return next(iter(fits.values())) if len(fits) == 1 else None
