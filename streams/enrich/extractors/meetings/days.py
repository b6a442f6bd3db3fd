"""Whether a date phrase names one day: shared by detection (a count of sessions on one day is one
encounter), rescheduling (a new day makes a plan) and date resolution."""

from __future__ import annotations

import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SAME_DAY = ("today", "tonight", "this morning", "this afternoon", "this evening")
NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_DAY_NUMBER = re.compile(r"\b\d{1,2}(st|nd|rd|th)?\b")
MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.I)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
_AGO = re.compile(rf"\b(?P<count>\d{{1,2}}|{'|'.join(_COUNTS)})\s+(?P<unit>day|week)s?\s+ago\b")
_TWO_OFF = (("day before yesterday", -2), ("day after tomorrow", 2))
_ONE_OFF = (("yesterday", -1), ("last night", -1), ("tomorrow", 1))


def names_a_day(text: str) -> bool:
    """"Oct. 23", "Friday", "tomorrow", "last night" name one day; "next month", "November", "later this year"
    do not."""
    lower = text.lower()
    return names_calendar_day(lower) or day_offset(lower) is not None or any(w in lower for w in WEEKDAYS)


def day_offset(lower: str) -> int | None:
    """Days from the story's own day that a phrase counts outright: "this morning" 0, "the day before
    yesterday" -2, "three days ago" -3, "a week ago" -7; None when it counts none ("a few days ago")."""
    if any(w in lower for w in SAME_DAY):
        return 0
    offset = next((days for words, days in (*_TWO_OFF, *_ONE_OFF) if words in lower), None)
    if offset is not None:
        return offset
    ago = _AGO.search(lower)
    if ago is None:
        return None
    count = int(ago["count"]) if ago["count"].isdigit() else _COUNTS[ago["count"]]
    return -count * (7 if ago["unit"] == "week" else 1)


def names_calendar_day(lower: str) -> bool:
    return bool(NUMERIC_DATE.search(lower) or (_DAY_NUMBER.search(lower) and MONTH.search(lower)))
