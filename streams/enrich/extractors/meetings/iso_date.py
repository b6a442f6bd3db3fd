"""A date phrase as an ISO day, only when it names one day with certainty ("in November" names none).

Weekdays and yearless dates are placed on the side of publication the status points to: ahead for plans,
behind for reports.
"""

from __future__ import annotations

import datetime as dt
import re

from streams.enrich.extractors.meetings.days import NUMERIC_DATE, WEEKDAYS, day_offset, names_calendar_day
from streams.enrich.model import MeetingStatus

_MONTHS = {name: i + 1 for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MONTH_WORD = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_MONTH_FIRST = re.compile(rf"\b{_MONTH_WORD}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                          rf"(?:\s*(?:-|–|and|to|&)\s*\d{{1,2}}(?:st|nd|rd|th)?\b)?{_YEAR}")
_DAY_FIRST = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                        rf"(?:\s*(?:-|–|and|to|&)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTH_WORD}\b{_YEAR}")
ORDINAL_DAY = re.compile(r"(?:on\s+)?the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)")
_DATE_SLACK = dt.timedelta(days=1)
_SIDED_REACH = dt.timedelta(days=183)


def resolve_date(text: str, published: dt.date | None, status: MeetingStatus | None, *,
                 behind: bool = False) -> str | None:
    """ISO date only when the phrase names one day with certainty; None for "in November". `behind`: the day is
    known to lie before publication ("have not met since May 13"), however far back."""
    lower = text.lower().strip()
    if published is None:
        return _full_date(lower)
    try:
        day = _relative_day(lower, published, status)
        if day is None and names_calendar_day(lower):
            day = _month_day(lower, published, status, behind)
            if day is None and NUMERIC_DATE.search(lower):
                day = _parse_numeric_date(text, published)
        if day is None:
            day = _ordinal_day(lower, published, status)
    except OverflowError:  # a publication date at the calendar's edge: "tomorrow" of year 9999
        return None
    return day.isoformat() if day else None


def _ordinal_day(lower: str, published: dt.date, status: MeetingStatus | None) -> dt.date | None:
    """"on the 20th": that day of the month of publication, or of the month next to it on the side the
    status points to (ahead for plans, behind for reports)."""
    match = ORDINAL_DAY.fullmatch(lower)
    if match is None:
        return None
    number = int(match["day"])
    months = [(published.year - (published.month == 1), (published.month - 2) % 12 + 1),
              (published.year, published.month),
              (published.year + (published.month == 12), published.month % 12 + 1)]
    days = [d for year, month in months if (d := _safe_date(year, month, number)) is not None]
    if _looks_ahead(status):
        return min((d for d in days if d >= published), default=None)
    if status == "held":
        return max((d for d in days if d <= published), default=None)
    return min(days, key=lambda d: abs(d - published), default=None)


def _full_date(lower: str) -> str | None:
    """"October 4, 2019" is certain without a publication date; a weekday or yearless date is not."""
    match = _MONTH_FIRST.search(lower) or _DAY_FIRST.search(lower)
    if match is None or not match["year"] or (month := _MONTHS.get(match["month"][:3])) is None:
        return None
    day = _safe_date(int(match["year"]), month, int(match["day"]))
    return day.isoformat() if day else None


def _looks_ahead(status: MeetingStatus | None) -> bool:
    """A cancelled encounter was planned: its weekday or yearless date lies ahead of publication."""
    return status in ("planned", "cancelled")


def _relative_day(lower: str, published: dt.date, status: MeetingStatus | None) -> dt.date | None:
    offset = day_offset(lower)
    if offset is not None:
        return _shifted(published, offset)
    weekday = next((i for i, name in enumerate(WEEKDAYS) if name in lower), None)
    if weekday is None or names_calendar_day(lower):
        return None
    ahead = (weekday - published.weekday()) % 7
    behind = (published.weekday() - weekday) % 7
    if re.search(r"\b(last|next)\s+week\b", lower):  # "Tuesday last week": that day of the week before
        weeks = -1 if "last week" in lower else 1
        return _shifted(published, weekday - published.weekday() + 7 * weeks)
    if "next" in lower:
        return _shifted(published, ahead or 7)
    if "last" in lower:
        return _shifted(published, -(behind or 7))
    if _looks_ahead(status):
        return _shifted(published, ahead)
    return _shifted(published, -behind)


def _shifted(day: dt.date, days: int) -> dt.date | None:
    """`day` moved by `days`, or None past the calendar's ends (a valid `published_at` of 9999-12-31)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _month_day(lower: str, published: dt.date, status: MeetingStatus | None, behind: bool) -> dt.date | None:
    """"March 16 and 17", "16-17 March", "March 2, 2025": the first day named. Without a year, the
    year that puts the day on the right side of publication (ahead for plans, behind for reports)
    within half a year; else the nearest one, as a wrong status is likelier than a year-old report,
    unless the day is known to lie behind."""
    match = _MONTH_FIRST.search(lower) or _DAY_FIRST.search(lower)
    if match is None:
        return None
    month = _MONTHS.get(match["month"][:3])
    day = int(match["day"])
    if month is None:
        return None
    if match["year"]:
        return _safe_date(int(match["year"]), month, day)
    candidates = [d for year in (published.year - 1, published.year, published.year + 1)
                  if (d := _safe_date(year, month, day)) is not None]
    nearest = min(candidates, key=lambda d: abs(d - published), default=None)
    if status is None and not behind:
        return nearest
    if _looks_ahead(status) and not behind:
        sided = min((d for d in candidates if d - published >= -_DATE_SLACK), default=None)
    else:
        sided = max((d for d in candidates if d - published <= _DATE_SLACK), default=None)
    return sided if sided is not None and (behind or abs(sided - published) <= _SIDED_REACH) else nearest


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_numeric_date(text: str, published: dt.date) -> dt.date | None:
    import dateparser  # slow to import; most articles never need it

    base = dt.datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(
        NUMERIC_DATE.search(text)[0],  # type: ignore[index]
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "current_period",
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    return parsed.date() if parsed else None
