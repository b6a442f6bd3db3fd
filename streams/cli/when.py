"""`--since` values: a duration back from now (90s, 15m, 2h, 1d) or an ISO date or datetime."""

from __future__ import annotations

import datetime as dt
import re

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd])$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_since(value: str | None, now: float) -> int:
    """Milliseconds since the epoch; None means now. A naive datetime is taken as UTC."""
    if value is None:
        return int(now * 1000)
    if match := _DURATION.match(value.strip()):
        return int((now - float(match[1]) * _SECONDS[match[2]]) * 1000)
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"--since {value!r}: expected a duration (90s, 15m, 2h, 1d) or an ISO date/datetime") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return int(when.timestamp() * 1000)
