"""A title whose body's name runs straight into its holder's name: "registrar of the X Court Ana Ruiz said".

With no comma between the body and the person, the parse hangs the body's words on the person's name as
compounds and makes the name the object of the title's "of" or "at"; the title is then the subject and its
holder looks like the thing it is of. The body's words glued before the name tell this apart from a title
that is really of a person ("the lawyer of Ana Ruiz", "the wife of Ana Ruiz"), where nothing stands between
the preposition and the name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..names import is_title_word
from ..reading.body_then_holder import HOLDING_PREPS


def glued_holder(subject: Token, name_span: Callable[[int], tuple[int, int, str] | None]) -> Token | None:
    """The last token of the person's name closing `subject`'s "of"/"at" phrase when a body's name is glued
    before it; `name_span` is the cast's, which says where the person's own name starts."""
    if not is_title_word(subject):
        return None
    for prep in subject.rights:
        if prep.dep_ != "prep" or prep.lower_ not in HOLDING_PREPS:
            continue
        name = next((c for c in prep.rights if c.dep_ == "pobj"), None)
        span = name_span(name.i) if name is not None else None
        if name is None or span is None or span[2] != "person":
            continue
        glued = [t for t in name.lefts if t.dep_ == "compound" and t.i < span[0]]
        if glued and any(t.pos_ == "PROPN" for t in glued):
            return name
    return None
