"""The one named body of members an article speaks of: a session told by description ("the meeting of the oil
ministers", "talks by the producing countries") is that body's own session when the article names no other body of
members; with two such bodies the description could be either, and stays as written."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..entity import Entity

if TYPE_CHECKING:
    from ..cast import Cast

_COUNTED = re.compile(r"g-?\d+")  # "G-9", "G9": a group counted by its members

# the last word of a body whose members are states, firms or banks that meet as one group
_MEMBER_BODIES = frozenset({"group", "league", "council", "bloc", "club", "association", "organization",
                            "organisation", "cartel", "community", "pact", "alliance", "federation", "union"})


def only_member_body(cast: Cast, doc: Doc) -> Entity | None:
    """The article's one named body of members ("the Group of Nine", "a growers' league"), or None. A group
    named by its count that the parse left untagged ("the Group of Six ministers") still counts as a second
    body, so the description is never given to the wrong one of two."""
    bodies = [e for e in cast.organisations if is_member_body(e.name)]
    counted = {f"Group of {t.nbor(2).text}" for t in doc[:-2] if t.text == "Group" and t.nbor().lower_ == "of"
               and t.nbor(2).like_num}
    if len(bodies) != 1 or counted - {bodies[0].name}:
        return None
    return bodies[0]


def is_member_body(name: str) -> bool:
    """"the Group of Nine", "the G-9", "a growers' league": a name whose last word makes it a body of members,
    or a group named by how many it holds."""
    words = name.lower().split()
    return words[-1] in _MEMBER_BODIES or words[:2] == ["group", "of"] or _COUNTED.fullmatch(words[-1]) is not None
