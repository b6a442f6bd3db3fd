"""Several calls or meetings told in one sentence: one encounter per counterpart, each on its own day.

"He made calls to the leaders of A and B on Saturday and of C on Sunday" is three phone calls, not one
conference of four: a plural call noun names a round of separate calls. The counterparts are the
people and countries named after the noun; each takes the first date that follows it. "In meetings with
A and B" is a round of meetings too, one with each side coordinated after "with" ("talks", a plural-only
noun, stays one encounter).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Token

from streams.enrich.extractors.meetings.iso_date import resolve_date
from streams.enrich.extractors.meetings.mention import Mention
from streams.enrich.extractors.meetings.names import PERSON, PLACE, PLURAL, NameIndex
from streams.enrich.extractors.meetings.when import date_entity
from streams.enrich.model import DateRef, Participant

_MIN_COUNTERPARTS = 2


def split_calls(mention: Mention, names: NameIndex, published: dt.date | None) -> list[Mention]:
    doc = names.doc
    trigger = doc[mention.trigger]
    if trigger.tag_ != "NNS" or trigger.lemma_.lower() not in ("call", "meeting"):
        return [mention]
    sent = trigger.sent
    if trigger.lemma_.lower() == "meeting":
        counterparts = _coordinated_with(trigger, names)
    else:
        counterparts = named_counterparts(trigger.i + 1, sent.end, names, mention.participants)
    if len(counterparts) < _MIN_COUNTERPARTS:
        return [mention]
    callers = [p for p in mention.participants if all(p.name != c.name for c, _ in counterparts)]
    if not callers:
        return [mention]
    split = []
    for party, i in counterparts:
        date = _date_after(i, sent.end, names, published, mention)
        split.append(dataclasses.replace(mention, participants=[*callers, party], distinct=True,
                                         anaphoric=False, plural_anaphor=False, date=date or mention.date))
    return split


def named_counterparts(start: int, end: int, names: NameIndex,
                  known: list[Participant]) -> list[tuple[Participant, int]]:
    found: list[tuple[Participant, int]] = []
    seen: set[tuple[int, int]] = set()
    for i in range(start, end):
        label = names.label.get(i)
        span = names.span_of.get(i)
        if label not in (PERSON, PLACE) or span is None or span in seen:
            continue
        seen.add(span)
        party = names.participant(names.doc[span[1] - 1])
        if party is None or party.kind not in ("person", "country") or party.name == party.title:
            continue
        if all(party.name != p.name for p, _ in found):
            found.append((party, i))
    return found


def _coordinated_with(noun: Token, names: NameIndex) -> list[tuple[Participant, int]]:
    """The sides coordinated after the noun's own "with" ("meetings with A and B", "with both A and the Y
    ministers"), each as the participant it names; fewer than two named make no round."""
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
               for o in p.children if o.dep_ == "pobj"]
    found: list[tuple[Participant, int]] = []
    for head in objects:
        for obj in (head, *head.conjuncts):
            party = names.participant(obj)
            if party is not None and party is not PLURAL and all(party.name != p.name for p, _ in found):
                found.append((party, obj.i))
    return found


def _date_after(i: int, end: int, names: NameIndex, published: dt.date | None, mention: Mention) -> DateRef | None:
    for j in range(i, end):
        text = date_entity(names.doc[j])
        if text:
            return DateRef(text=text, iso=resolve_date(text, published, mention.status))
    return None
