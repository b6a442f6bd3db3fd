"""A side with everyone coordinated with it: "X, Y and Z attended", "met union leader A and B".

A side is rarely one word: lists, appositions, "including X", a described group beside a named member. The
walk follows every shape the small model gives a list and hands each member to the cast's reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import is_office_title
from streams.enrich.extractors.meetings.names import PERSON, NameIndex, is_plural_role
from streams.enrich.extractors.meetings.parties import Parties
from streams.enrich.extractors.meetings.shared_head import shared_head_names
from streams.enrich.extractors.meetings.slips import (
    conjunct_on_leader,
    misparsed_coordination,
    name_before_group,
    name_hung_as_modifier,
    split_name,
    stranded_conjunct,
)
from streams.enrich.model import Participant

_MAX_LISTED = 12
_OWNERS = ("their", "his", "her", "its", "our")
_DESCRIBING_PREPS = ("of", "from", "at", "in")


def add_coordinated(token: Token, names: NameIndex, parties: Parties) -> None:
    """The side `token` heads, its conjuncts included. A described group beside a named member of the same
    side ("met union representative X and relatives of the injured workers") is told with it, not a side
    of its own: the name stands for the side, the group only when nobody on it is named."""
    side = Parties()
    _read_coordination(token, names, side)
    named = any(p.name != p.title for p in side.named)
    parties.plural = parties.plural or side.plural
    for participant in side.named:
        if not (named and _described_around(participant)):
            parties.add(participant)


def _described_around(group: Participant) -> bool:
    """"relatives of the injured workers", "their federal counterparts": a group told by what follows it or by
    whose it is, not by a word of its own kind ("union representatives", "Andorran officials" are a side)."""
    words = group.name.split()
    return group.name == group.title and group.name[:1].islower() and (
        words[0] in _OWNERS or any(w in _DESCRIBING_PREPS for w in words[1:]))


def _read_coordination(token: Token, names: NameIndex, parties: Parties) -> None:
    stack, seen = [token], set()
    while stack:
        current = stack.pop(0)
        if current.i in seen:  # the repairs of misparsed coordination may point back: each token once
            continue
        seen.add(current.i)
        slip = name_before_group(current, names)
        members = [] if slip is not None else names.group_members(current)
        if slip is not None:  # "met X and staff representatives" read as "[X and staff] representatives"
            parties.add(names.participant(slip[0]))
            parties.add(slip[1])
        elif members:
            for member in members:
                parties.add(member)
            stack.extend(g for p in current.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                         for g in o.conjuncts if is_plural_role(g))  # "officials of Y" hung on the X of "bosses at X"
        elif shared := shared_head_names(current):
            for name in shared:
                parties.add(Participant(name=name, kind="organization"))
            seen.update(c.i for c in current.lefts)  # the first name hung on the shared head is told already
        else:
            parties.add(names.participant(current) or split_name(current, names))
        stack.extend(c for c in current.children if c.dep_ == "conj" or misparsed_coordination(c)
                     or name_hung_as_modifier(c, names))
        stack.extend(names.conjoined_inside(current))
        stack.extend(stranded_conjunct(current))
        stack.extend(conjunct_on_leader(current))
        stack.extend(g for c in current.children if c.dep_ == "compound"
                     for g in c.children if misparsed_coordination(g))  # ... hung on B's title
        stack.extend(g for c in current.children if c.dep_ == "appos"
                     for g in c.children if g.dep_ == "conj")  # "union leader A and B": B hung on the name A
        if names.label.get(current.i) == PERSON:
            stack.extend(_listed_after(current, names))
        elif current.tag_ == "NNS":  # "the heads, including X"; "players A and B"
            stack.extend([*_included(current), *_appositive_names(current)])


def _appositive_names(group: Token) -> list[Token]:
    """"players A and B", "shop stewards A and B": the names in apposition are the group."""
    return [c for c in group.children if c.dep_ == "appos" and c.pos_ == "PROPN"]


def _included(group: Token) -> list[Token]:
    """"the heads of five agencies, including X": the named member stands for the unnamed group."""
    preps = [t for t in group.subtree if t.dep_ == "prep" and t.lower_ == "including"][:_MAX_LISTED]
    return [obj for prep in preps for obj in prep.children if obj.dep_ == "pobj"]


def _listed_after(person: Token, names: NameIndex) -> list[Token]:
    """Long lists of "Name, title of Org," or "Name of Org" are parsed with the next name hanging on the
    title, on the organisation or as an apposition; each such name is one more member of the list."""
    found = []
    stack = [c for c in person.children if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of")]
    while stack and len(found) < _MAX_LISTED:
        node = stack.pop()
        if node.dep_ in ("appos", "conj") and node.i != person.i and _name_like(node, names):
            found.append(node)  # its own titles are walked when it is processed in turn
            continue
        stack.extend(c for c in node.children if c.dep_ in ("appos", "conj", "prep", "pobj"))
    return found


def _name_like(token: Token, names: NameIndex) -> bool:
    """A name in a list of people; "X, the new Minister," is X's title, not one more person."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or is_office_title(token.lower_):
        return False
    return names.label.get(token.i) in (PERSON, None)
