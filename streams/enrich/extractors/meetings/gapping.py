"""Two encounters told with one verb: "A met B on Monday and C on Tuesday".

English leaves the verb out of the second clause ("and [met] C on Tuesday"), and the small model then hangs C
on Monday or on the verb, so the dependency reading makes one three-way meeting, or drops C, on one day. What
marks the gap is linear, not syntactic: a setting (a date or a place) closes the first counterpart, "and"
opens a side that is neither, and a setting of its own follows it. Each half keeps only its own setting.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Span, Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.iso_date import resolve_date
from streams.enrich.extractors.meetings.mention import Mention
from streams.enrich.extractors.meetings.names import PLACE, NameIndex
from streams.enrich.extractors.meetings.place import named_place
from streams.enrich.extractors.meetings.when import date_entity
from streams.enrich.model import DateRef, Location, Participant

_SETTING_PREPS = ("on", "in", "at")
_CLAUSE_ENDS = (",", ";", ".", ":", "—", "(")
_SIDE_POS = ("NOUN", "PROPN")
_MIN_SIDES = 2


def split_gapped(mention: Mention, names: NameIndex, published: dt.date | None) -> list[Mention]:
    """The mention as two when its verb is gapped; otherwise the mention alone."""
    verb = names.doc[mention.trigger]
    if verb.pos_ != "VERB" or mention.status not in ("held", "planned", None):
        return [mention]
    gap = _gap(verb, names)
    if gap is None:
        return [mention]
    first_half, second_side, second_half = gap
    read = _side(_head_of(second_side), names)
    own = [p for p in mention.participants if read is None or p.name != read.name]
    other = _as_written(read, second_side)
    first = dataclasses.replace(mention, participants=own, distinct=True,
                                date=_date(first_half, published, mention) or _unless_in(mention.date, second_half),
                                location=_place(first_half, names) or _unless_in(mention.location, second_half))
    if not isinstance(other, Participant) or other.kind == "place":
        return [first]
    movers = {p.name for s in subjects(verb) for side in (s, *s.conjuncts)
              if isinstance(p := names.participant(side), Participant)}
    sides = [p for p in own if p.name in movers]
    if not sides or other.name in movers:
        return [first]
    second = dataclasses.replace(mention, participants=[*sides, other], distinct=True, anaphoric=False,
                                 plural_anaphor=False, date=_date(second_half, published, mention),
                                 location=_place(second_half, names), strength=min(mention.strength, first.strength))
    return [first, second] if len(second.participants) >= _MIN_SIDES else [first]


def _gap(verb: Token, names: NameIndex) -> tuple[Span, Span, Span] | None:
    """(first half, the second side's words, its setting), reading right of the verb up to the end of its
    clause."""
    doc = verb.doc
    end = verb.i + 1
    while end < verb.sent.end and doc[end].text not in _CLAUSE_ENDS:
        end += 1
    joint = next((t for t in doc[verb.i + 1 : end] if t.lower_ == "and" and t.i > verb.i + 1
                  and _is_setting(doc[t.i - 1], names)), None)
    if joint is None:
        return None
    opener = joint.i + 1 + (joint.i + 1 < end and doc[joint.i + 1].lower_ == "with")  # "and with C on Tuesday"
    setting = next((t for t in doc[opener:end] if t.lower_ in _SETTING_PREPS and t.i + 1 < end
                    and _is_setting(doc[t.i + 1], names)), None)
    if setting is None or setting.i == opener:
        return None
    words = doc[opener : setting.i]
    side = _head_of(words)
    if side is None or _is_setting(side, names) or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # "on Monday and Tuesday", "in Oslo and Bergen": one encounter; "and the court rose": a clause
    return doc[verb.i + 1 : joint.i], words, doc[setting.i : end]


def _side(head: Token | None, names: NameIndex) -> Participant | None:
    """Who the second side is: as the dependency reading tells a side, else the name in apposition ("the rail
    operator X") or the named body the people are of ("the rector of X University"), as for any side."""
    found = names.participant(head) if head is not None else None
    if found is not None or head is None:
        return found
    for child in head.children:
        inner = [child] if child.dep_ == "appos" else [
            o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "of" else []
        for token in inner:
            if isinstance(found := names.participant(token), Participant) and found.kind != "place":
                return found
    return None


def _as_written(side: Participant | None, words: Span) -> Participant | None:
    """A described group is named by the words of its own half: the parse may hang the first half's date inside
    it ("met X on Monday and hospital chiefs on Wednesday")."""
    if not isinstance(side, Participant) or side.name != side.title or side.name in words.text:
        return side
    text = "".join(t.text_with_ws for t in words if t.pos_ != "DET").strip()
    return dataclasses.replace(side, name=text, title=text)


def _is_setting(token: Token, names: NameIndex) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or names.label.get(token.i) == PLACE


def _head_of(span: Span) -> Token | None:
    """The word of a noun phrase that the rest of it hangs on, whatever the parse hung it on: the noun with the
    widest subtree inside the span ("the head of the X Trust"; "hospital chiefs" misread around a date)."""
    best, widest = None, 0
    for token in span:
        if token.pos_ not in _SIDE_POS or span.start <= token.head.i < span.end:
            continue
        width = sum(1 for t in token.subtree if span.start <= t.i < span.end)
        if width >= widest:
            best, widest = token, width
    return best


def _date(half: Span, published: dt.date | None, mention: Mention) -> DateRef | None:
    text = next((d for t in half if (d := date_entity(t))), None)
    return DateRef(text=text, iso=resolve_date(text, published, mention.status)) if text else None


def _place(half: Span, names: NameIndex) -> Location | None:
    return next((loc for t in half if t.i > half.start and half.doc[t.i - 1].lower_ in ("in", "at")
                 and names.label.get(t.i) == PLACE and (loc := named_place(t, names))), None)


def _unless_in(told: DateRef | Location | None, half: Span) -> DateRef | Location | None:
    """The whole mention's setting, unless it was read from the other half."""
    if told is None:
        return None
    text = told.text if isinstance(told, DateRef) else told.name
    return None if text in half.text else told
