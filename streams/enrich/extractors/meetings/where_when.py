"""Where and when an encounter happened, as written, with the date resolved only when certain.

Both are read from the phrases attached to the trigger, to the verb that holds it ("took
place in Bergen on June 3") and to its participants ("met X in the resort town of Y"), never
from the sentence at large: "said in an interview on Thursday" dates the interview.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.tokens import Token

from streams.enrich.extractors.meetings.gazetteer import place_country
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import PLACE, NameIndex
from streams.enrich.model import Location, MeetingStatus

_PLACE_PREPS = ("in", "at")
_DATE_PREPS = ("on", "in", "at", "during")
_DATE_DEPS = ("npadvmod", "tmod", "nmod", "compound")
_MAX_DEPTH = 3
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SAME_DAY = ("today", "tonight", "this morning", "this afternoon", "this evening")
_DURATION = re.compile(r"^\W*(\d+|two|three|four|five|six|several|few)[\s-]+(year|month|week|day|hour)", re.I)
_DAY_NUMBER = re.compile(r"\b\d{1,2}(st|nd|rd|th)?\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.I)


def anchors(trigger: Token, governor: Token | None) -> list[Token]:
    """The trigger, the verb it depends on, and the people it names (where "in X" often attaches)."""
    found = [trigger]
    if governor is not None:
        found.append(governor)
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in LEX.occurrence_verbs:
        found.append(trigger.head)
    for child in trigger.children:
        if child.dep_ in ("dobj",):
            found.append(child)
        if child.dep_ == "prep" and child.lower_ in ("with", "between", "of"):
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _prep_objects(token: Token, depth: int = 0) -> Iterator[tuple[str, Token, int]]:
    """(preposition, object, depth), following "on the sidelines of the X summit in Y" chains."""
    if depth > _MAX_DEPTH:
        return
    for child in token.children:
        if child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                yield child.lower_, obj, depth
                if child.lower_ in ("of", "on", "in", "at"):
                    yield from _prep_objects(obj, depth + 1)


def find_location(points: list[Token], names: NameIndex, is_visit: bool) -> tuple[Location | None, int]:
    """Best place and its distance from the trigger (0 = attached directly), or (None, large)."""
    preps = _PLACE_PREPS + (("to",) if is_visit else ())
    best: tuple[Location | None, int] = (None, 99)
    for point in points:
        for prep, obj, depth in _prep_objects(point):
            if prep not in preps:
                continue
            location = _place(obj, names)
            if location is not None and depth < best[1]:
                best = (location, depth)
    return best


def _place(token: Token, names: NameIndex) -> Location | None:
    if names.label.get(token.i) == PLACE:
        start, end = names.span_of[token.i]
        words = [t for t in token.doc[start:end] if not (t.i == start and t.lower_ == "the")]
        name = "".join(t.text_with_ws for t in words).strip()
        return Location(name=name, country=place_country(name)) if name else None
    if token.lower_ in LEX.place_nouns:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = next((c for c in child.children if c.dep_ == "pobj"), None)
                if inner is not None:
                    return _place(inner, names)
    return None


def find_date(points: list[Token]) -> str | None:
    """The date phrase attached to the trigger or its verb, as written."""
    for point in points:
        for token in _date_candidates(point):
            text = _date_entity(token)
            if text:
                return text
    return None


def _date_candidates(point: Token) -> Iterator[Token]:
    for child in point.children:
        if child.dep_ in _DATE_DEPS:
            yield child
    for prep, obj, _ in _prep_objects(point):
        if prep in _DATE_PREPS:
            yield obj
        yield from (c for c in obj.children if c.dep_ in ("npadvmod", "tmod"))


def _date_entity(token: Token) -> str | None:
    if token.ent_type_ not in ("DATE", "TIME"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].ent_type_ == token.ent_type_ and doc[start].ent_iob_ != "B":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    text = doc[start:end].text.strip()
    if _DURATION.match(text):
        return None
    if token.ent_type_ == "TIME" and not any(w in text.lower() for w in LEX.day_words):
        return None
    return text or None


def resolve_date(text: str, published: dt.date | None, status: MeetingStatus) -> str | None:
    """ISO date only when the phrase names one day with certainty; None for "in November"."""
    if published is None:
        return None
    lower = text.lower().strip()
    day = _relative_day(lower, published, status)
    if day is None and _names_calendar_day(lower):
        day = _parse_calendar_date(text, published)
    return day.isoformat() if day else None


def _relative_day(lower: str, published: dt.date, status: MeetingStatus) -> dt.date | None:
    if any(w in lower for w in _SAME_DAY):
        return published
    if "yesterday" in lower or "last night" in lower:
        return published - dt.timedelta(days=1)
    if "tomorrow" in lower:
        return published + dt.timedelta(days=1)
    weekday = next((i for i, name in enumerate(_WEEKDAYS) if name in lower), None)
    if weekday is None or _names_calendar_day(lower):
        return None
    ahead = (weekday - published.weekday()) % 7
    behind = (published.weekday() - weekday) % 7
    if "next" in lower:
        return published + dt.timedelta(days=ahead or 7)
    if "last" in lower:
        return published - dt.timedelta(days=behind or 7)
    if status == "planned":
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=behind)


def _names_calendar_day(lower: str) -> bool:
    return bool(_NUMERIC_DATE.search(lower) or (_DAY_NUMBER.search(lower) and _MONTH.search(lower)))


def _parse_calendar_date(text: str, published: dt.date) -> dt.date | None:
    import dateparser  # slow to import; most articles never need it

    base = dt.datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "current_period",
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    return parsed.date() if parsed else None
