"""Separate visits told in one sentence: "paid a visit to both X and Y", "visited X and then Y", "met X and
later Y" are one encounter per party visited, not one meeting of all three; "met X and Y together" stays one.
The visitors are the sides not among those visited.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from streams.enrich.extractors.meetings.calls import named_counterparts
from streams.enrich.extractors.meetings.mention import Mention
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.talks_abroad import split_abroad

_ONE_BY_ONE = ("then", "later", "afterwards", "subsequently")  # "X and then Y": one after the other
_MIN_VISITED = 2


def split_visits(mention: Mention, names: NameIndex) -> list[Mention]:
    """One mention per party visited when the sentence tells the visits apart; else the mention as it is."""
    doc = names.doc
    trigger = doc[mention.trigger]
    if trigger.lemma_.lower() not in ("visit", "meet"):
        return split_abroad(mention, names)
    visited = named_counterparts(trigger.i + 1, trigger.sent.end, names, [])
    if len(visited) < _MIN_VISITED or any(t.lower_ == "together" for t in trigger.sent):
        return [mention]
    first, last = visited[0][1], visited[-1][1]
    if not (_one_by_one(doc[first:last]) or (trigger.lemma_.lower() == "visit" and _both_before(trigger, first))):
        return [mention]
    visitors = [p for p in mention.participants if all(p.name != v.name for v, _ in visited)]
    if not visitors or any(all(p.name != v.name for p in mention.participants) for v, _ in visited):
        return [mention]
    return [dataclasses.replace(mention, participants=[*visitors, party], distinct=True, anaphoric=False,
                                plural_anaphor=False) for party, _ in visited]


def _one_by_one(between: Span) -> bool:
    return any(t.lower_ in _ONE_BY_ONE and t.dep_ == "advmod" for t in between)


def _both_before(trigger: Token, first: int) -> bool:
    """"a visit to both X and Y": "both" between the visit and the first party visited."""
    return any(t.lower_ == "both" for t in trigger.doc[trigger.i + 1 : first])
