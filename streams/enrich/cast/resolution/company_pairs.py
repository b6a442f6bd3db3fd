"""Two companies an article names apart, spoken for together: "X Inc said it signed a deal with Y Corp ...
The companies said ..." gives both as one voice, "X Inc and Y Corp", as the gold names joint speakers.

Coordinated subjects ("X Inc and Y Corp agreed ...") are found first (`_bodies_named_together`); this covers the
pair named in separate roles (a subject and the partner after "with"). Only a pair: after three companies the
plural may mean any of them, after one it has no antecedent, so neither gets a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..entity import Entity
from ..reading.registry import named_as_company
from .groups import joint

_COMPANY_LEMMAS = frozenset({"company", "firm"})  # "the banks", "the groups" may stand for bodies of any kind


def company_pair(lemma: str, before: Sequence[tuple[int, Entity]]) -> Entity | None:
    """ "the companies" after exactly two bodies whose names show them to be companies ("X Inc", "Y Co"):
    both, named in text order. `before` holds (char, body) for every mention before the phrase, in text
    order; bodies whose names show no company (a foundation, an agency) are no candidates."""
    if lemma not in _COMPANY_LEMMAS:
        return None
    firms = list(dict.fromkeys(body for _, body in before if named_as_company(body)))
    return joint(firms) if len(firms) == 2 else None
