"""A title whose body's name runs straight into its holder's name: "registrar of the X Court Ana Ruiz said".

With no comma between the body and the person, the parse hangs the body's words on the person's name as
compounds and makes the name the object of the title's "of" or "at"; the title is then the subject and its
holder looks like the thing it is of. The body's words glued before the name tell this apart from a title
that is really of a person ("the lawyer of Ana Ruiz", "the wife of Ana Ruiz"), where nothing stands between
the preposition and the name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from ..lexicon import lexicon
from ..names import is_title_word
from ..reading.body_then_holder import HOLDING_PREPS

_BODY_NAME_PREPS = frozenset({"of", "for", "on"})  # "the Council of X States", "the Organisation for X"
_GLUING_DEPS = frozenset({"compound", "nmod"})  # "... Research and Development Ana Ruiz": nmod before the name


def glued_holder(subject: Token, name_span: Callable[[int], tuple[int, int, str] | None]) -> Token | None:
    """The last token of the person's name closing `subject`'s "of"/"at" phrase when a body's name is glued
    before it; `name_span` is the cast's, which says where the person's own name starts."""
    if not is_title_word(subject):
        return None
    for prep in subject.rights:
        if prep.dep_ != "prep" or prep.lower_ not in HOLDING_PREPS:
            continue
        for name in _objects(prep):
            span = name_span(name.i)
            if span is None or span[2] != "person":
                holder = _named_after_body_noun(name, name_span)
                if holder is not None:
                    return holder
                continue
            glued = [t for t in name.lefts if t.dep_ in _GLUING_DEPS and t.i < span[0]]
            if any(t.pos_ == "PROPN" for g in glued for t in g.subtree) or any(map(_body_noun, glued)):
                return name  # "the X Ministry's trade division"; "the president of the club Ana Ruiz"
    return None


def _named_after_body_noun(body: Token, name_span: Callable[[int], tuple[int, int, str] | None]) -> Token | None:
    """ "the president of the club Ana Ruiz said": a body given by its common noun, the holder's name straight
    after it with no comma, which the parse hangs on the noun as its apposition. Only an institution's noun
    gives the title a body: after a person's word ("the lawyer of the player Ana Ruiz") the name is that
    person's, and after a comma it may name the body's own person or the title's."""
    if not _body_noun(body):
        return None
    for name in body.rights:
        span = name_span(name.i)
        if name.dep_ == "appos" and span is not None and span[2] == "person" and span[0] == body.i + 1:
            return name
    return None


def _objects(prep: Token) -> Iterator[Token]:
    """The object of `prep`, then the objects of the prepositions inside the body's name it opens: a name
    with its own "of" or "for" ("the Council of X States Ana Ruiz") hangs the holder one phrase deeper.
    Only a proper noun carries the walk on: "the lawyer of the family of Ana Ruiz" is about her."""
    for obj in prep.rights:
        if obj.dep_ != "pobj":
            continue
        yield obj
        if obj.pos_ == "PROPN":
            for inner in obj.rights:
                if inner.dep_ == "prep" and inner.lower_ in _BODY_NAME_PREPS:
                    yield from _objects(inner)


def _body_noun(token: Token) -> bool:
    """An institution's common noun ("club", "union", "board"): a body a title can be of, never a person."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon().institution_nouns
