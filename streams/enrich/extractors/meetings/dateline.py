"""The day a story is told from: its dateline's, when it opens with one ("LISBON, March 4 (Agency) -").

Relative days ("yesterday", "on Tuesday") count from the day the reporter filed, which the dateline gives; a
feed's publication time may be a later posting or an update. A dateline is trusted only within a week before
publication (or a day after it, across time zones); with no publication date, only one that gives its year.
"""

from __future__ import annotations

import datetime as dt

from streams.enrich.extractors.meetings.days import names_calendar_day
from streams.enrich.extractors.meetings.iso_date import resolve_date
from streams.enrich.repairs.dateline import dateline

_TRUSTED_BEFORE = dt.timedelta(days=7)
_TRUSTED_AFTER = dt.timedelta(days=1)


def story_day(text: str, published: dt.date | None) -> dt.date | None:
    match = dateline(text)
    if match is None or not match["date"] or not names_calendar_day(match["date"].lower()):
        return published
    iso = resolve_date(match["date"], published, "held")
    if iso is None:
        return published
    day = dt.date.fromisoformat(iso)
    if published is not None and not published - _TRUSTED_BEFORE <= day <= published + _TRUSTED_AFTER:
        return published
    return day
