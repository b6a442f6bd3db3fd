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
