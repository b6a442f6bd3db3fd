"""When a mention says its meeting happened, as far as the event tells, and whether two such times agree.

An event carries a resolved ISO date only when the extractor was sure; otherwise the date as
written ("May 14", "next week") and the article's publication time are all there is. Stories
use the best of these, in that order, and fall back to a window around publication.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_MONTH = r"(?P<month>" + "|".join(m[:3] + r"[a-z]*\.?" for m in _MONTHS) + r")"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MONTH_DAY = (re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I), re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}", re.I))


def parse_date(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def event_date(event: dict[str, Any]) -> dt.date | None:
    """The meeting's own date, when the extractor resolved it."""
    return parse_date((event.get("date") or {}).get("iso"))


def reference_date(event: dict[str, Any]) -> dt.date | None:
    """The meeting date, else the publication date: never processing time, which says nothing of the news."""
    return event_date(event) or parse_date(event.get("published_at"))


def month_day(text: str | None) -> tuple[int, int] | None:
    """(month, day) of a date written without a year ("May 14", "14th of May")."""
    for pattern in _MONTH_DAY:
        match = pattern.search(text or "")
        if match:
            month = next(i for name, i in _MONTHS.items() if name.startswith(match["month"][:3].lower()))
            day = int(match["day"])
            if 1 <= day <= 31:
                return month, day
    return None


def event_month_day(event: dict[str, Any]) -> tuple[int, int] | None:
    date = event.get("date") or {}
    resolved = parse_date(date.get("iso"))
    return (resolved.month, resolved.day) if resolved else month_day(date.get("text"))


def seen_at(event: dict[str, Any]) -> str:
    """First/last seen: publication time when known, else when Newswire emitted the event."""
    return event.get("published_at") or event["emitted_at"]


def instant(stamp: str) -> dt.datetime:
    """Timestamps of different outlets compared as instants, whatever their offset (naive = UTC)."""
    moment = dt.datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# A month named alone: whole names or their usual short forms only ("dec" must not match "decade").
_MONTH_NAME = r"(?P<month>" + "|".join([*_MONTHS, *(m[:3] for m in _MONTHS), "sept"]) + r")"
_MONTH_ONLY = re.compile(rf"\b(?P<last>last\s+)?{_MONTH_NAME}\b\.?", re.I)
_LAST_YEAR = re.compile(r"\b(?:last|previous)\s+year\b|\ba\s+year\s+(?:ago|earlier|before)\b", re.I)


def _month_number(name: str) -> int:
    return next(i for month, i in _MONTHS.items() if month.startswith(name[:3].lower()))


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)


def reported_by(event: dict[str, Any]) -> dt.date | None:
    """The latest day a held or cancelled meeting can have happened (been called off) by the event's account.

    The resolved date; else the publication date, or earlier when the text dates it in the past ("last
    November", "March 3", "last year"), taking the most recent such day up to publication.
    """
    resolved = event_date(event)
    published = parse_date(event.get("published_at"))
    if resolved or not published:
        return resolved
    text = (event.get("date") or {}).get("text") or ""
    if _LAST_YEAR.search(text):
        return dt.date(published.year - 1, 12, 31)
    day = month_day(text)
    if day:
        year = published.year if day <= (published.month, published.day) else published.year - 1
        return dt.date(year, *day) if day != (2, 29) else dt.date(year, 2, 28)
    match = _MONTH_ONLY.search(text)
    if match:
        month = _month_number(match["month"])
        before = month < published.month or (month == published.month and not match["last"])
        return min(published, _month_end(published.year if before else published.year - 1, month))
    return published
