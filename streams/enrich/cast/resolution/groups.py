"""Several people as one speaker: joint subjects ("A and B said") and plural descriptions that the
article names before ("the two MPs said", "both ministers said")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from ..entity import Entity
from ..lexicon import lexicon
from ..names import is_title_word

_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}
_COLLECTIVES = {"pair": 2, "duo": 2, "trio": 3}  # "the pair said": the people last named together
# "the two men": people with no role to match, only a gender the article's pronouns may contradict
_ANYONE = {"man": "male", "men": "male", "woman": "female", "women": "female"}


def joint(members: Sequence[Entity]) -> Entity | None:
    """One group entity for two or more distinct members, named "A and B" (None for fewer)."""
    distinct = list(dict.fromkeys(members))
    if len(distinct) < 2:
        return None
    names = [e.name for e in distinct]
    return Entity(name=", ".join(names[:-1]) + " and " + names[-1], kind="group")


def unit_name(head: Token) -> Token | None:
    """ "X Group's Y Corp unit": the last word of the unit's own name, compounded right before a unit noun whose
    parent is given in the possessive; without the parent ("the Y unit") the name may be the parent's."""
    if head.lemma_.lower() not in lexicon().unit_nouns or not any(c.dep_ == "poss" for c in head.children):
        return None
    before = head.doc[head.i - 1] if head.i else None
    if before is None or before.pos_ != "PROPN" or before.dep_ != "compound" or before.head.i != head.i:
        return None
    return before


def conjoined(head: Token) -> list[Token]:
    """The other proper nouns coordinated with `head` ("A and B", "A, B and C"), the name written right
    after a coordinated lower-case title ("coach A and captain B", where the parse may coordinate the title
    and hang the name elsewhere), and a coordinated unit's own name ("A Inc and X Co's Y division")."""
    found = []
    for c in head.conjuncts:
        if c.i <= head.i:
            continue
        unit = unit_name(c)
        if c.pos_ == "PROPN" or unit is not None:
            found.append(unit or c)
        elif c.pos_ == "NOUN" and is_title_word(c):
            run = c.i + 1
            while run < len(c.doc) and c.doc[run].pos_ == "PROPN":
                run += 1
            if run > c.i + 1:
                found.append(c.doc[run - 1])
    return found


def group_size(head: Token) -> int | None:
    """ "the two MPs" → 2, "both ministers" → 2, "the pair" → 2; None when the phrase gives no number."""
    if head.lower_ in _COLLECTIVES and any(c.lower_ == "the" for c in head.children):
        return _COLLECTIVES[head.lower_]
    for child in head.children:
        count = _COUNTS.get(child.lower_)
        if count is not None and child.dep_ in ("nummod", "det", "predet", "amod", "quantmod"):
            return count
    return None


def any_role(head: Token) -> bool:
    """ "the pair", "the two men": a group described by number alone, whose members need no title."""
    return head.lower_ in _COLLECTIVES or head.lower_ in _ANYONE


def may_be_among(head: Token, entity: Entity) -> bool:
    """Whether `entity` may be one of "the two women" (anyone not known to be a man) or "the pair"."""
    wanted = _ANYONE.get(head.lower_)
    return wanted is None or entity.gender in (None, wanted)


def described_group(
    people: Sequence[tuple[int, Entity]], size: int, fits: Callable[[Entity], bool], kind: str = "person"
) -> Entity | None:
    """The `size` people nearest the phrase whose titles fit its role: "the two MPs" after "MP A and MP B
    met ..." is A and B; with `kind` "org", the bodies ("the two companies"). `people` are (char, entity), the
    nearest last; the group is named in text order."""
    chosen: list[Entity] = []
    for _, entity in reversed(people):
        if entity.kind == kind and entity not in chosen and fits(entity):
            chosen.insert(0, entity)
            if len(chosen) == size:
                return joint(sorted(chosen, key=lambda e: e.mentions[0] if e.mentions else 0))
    return None
