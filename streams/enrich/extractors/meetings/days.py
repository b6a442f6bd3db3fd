"""Whether a date phrase names one day: shared by detection (a count of sessions on one day is one
encounter), rescheduling (a new day makes a plan) and date resolution."""

from __future__ import annotations

import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SAME_DAY = ("today", "tonight", "this morning", "this afternoon", "this evening")
NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_DAY_NUMBER = re.compile(r"\b\d{1,2}(st|nd|rd|th)?\b")
MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.I)


def names_a_day(text: str) -> bool:
    """"Oct. 23", "Friday", "tomorrow", "last night" name one day; "next month", "November", "later this year"
    do not."""
    lower = text.lower()
    return names_calendar_day(lower) or any(
        w in lower for w in (*WEEKDAYS, *SAME_DAY, "tomorrow", "yesterday", "last night"))


def names_calendar_day(lower: str) -> bool:
    return bool(NUMERIC_DATE.search(lower) or (_DAY_NUMBER.search(lower) and MONTH.search(lower)))
