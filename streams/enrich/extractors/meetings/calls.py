"""Several calls told in one sentence: one encounter per counterpart, each on its own day.

"He made calls to the leaders of A and B on Saturday and of C on Sunday" is three phone calls, not one
conference of four: a plural call noun names a round of separate calls. The counterparts are the
people and countries named after the noun; each takes the first date that follows it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from streams.enrich.extractors.meetings.iso_date import resolve_date
from streams.enrich.extractors.meetings.mention import Mention
from streams.enrich.extractors.meetings.names import PERSON, PLACE, NameIndex
from streams.enrich.extractors.meetings.when import date_entity
from streams.enrich.model import DateRef, Participant

_MIN_COUNTERPARTS = 2


def split_calls(mention: Mention, names: NameIndex, published: dt.date | None) -> list[Mention]:
    doc = names.doc
    trigger = doc[mention.trigger]
    if trigger.lemma_.lower() != "call" or trigger.tag_ != "NNS":
        return [mention]
    sent = trigger.sent
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


def _date_after(i: int, end: int, names: NameIndex, published: dt.date | None, mention: Mention) -> DateRef | None:
    for j in range(i, end):
        text = date_entity(names.doc[j])
        if text:
            return DateRef(text=text, iso=resolve_date(text, published, mention.status))
    return None
