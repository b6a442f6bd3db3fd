"""A meeting dated only by a period ("next week") gets its day from a dated mention elsewhere in the story.

Reports often announce an encounter loosely and name its day later as a label of the meeting itself ("the
March 3 talks", "Tuesday's summit"). Such a day is taken only when it falls inside the announced period and
it is the only such day the article gives a meeting, so two encounters in one week keep their own dates.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange

from spacy.tokens import Doc

from streams.enrich.extractors.meetings.iso_date import resolve_date
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.when import date_entity
from streams.enrich.model import DateRef, MeetingStatus

_LABEL_DEPS = ("nmod", "compound", "poss", "npadvmod")


def settle_date(date: DateRef | None, doc: Doc, published: dt.date | None, status: MeetingStatus) -> DateRef | None:
    if date is None or date.iso or published is None:
        return date
    period = _period(date.text.lower(), published)
    if period is None:
        return date
    inside = {(iso, text) for iso, text in _labelled_days(doc, published, status)
              if period[0] <= dt.date.fromisoformat(iso) <= period[1]}
    if len({iso for iso, _ in inside}) != 1:
        return date
    iso, text = min(inside)
    return DateRef(text=text, iso=iso)


def _period(lower: str, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days "this/next week" (Monday to Sunday) or "this/next month" cover around publication."""
    if lower.endswith("week") and ("next" in lower or "this" in lower):
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=1 if "next" in lower else 0)
        return monday, monday + dt.timedelta(days=6)
    if lower.endswith("month") and ("next" in lower or "this" in lower):
        year, month = published.year, published.month
        if "next" in lower:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return dt.date(year, month, 1), dt.date(year, month, monthrange(year, month)[1])
    return None


def _labelled_days(doc: Doc, published: dt.date, status: MeetingStatus) -> list[tuple[str, str]]:
    """(ISO day, phrase) for every meeting noun labelled by a date: "the June 4 session", "Tuesday's talks"."""
    found = []
    for token in doc:
        if token.lower_ not in LEX.meeting_nouns or token.pos_ not in ("NOUN", "PROPN"):
            continue
        for child in token.children:
            text = date_entity(child) if child.dep_ in _LABEL_DEPS else None
            iso = resolve_date(text, published, status) if text else None
            if iso:
                found.append((iso, text))
    return found
