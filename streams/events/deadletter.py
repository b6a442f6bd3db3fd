"""Dead letters: what could not be processed, why, the original bytes, and where it came from."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from typing import Any

from streams import schemas


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a raw message was read; all fields optional so offline inputs fit too."""

    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    timestamp: float | None = None
    key: str | None = None


def _original(raw: bytes | None) -> tuple[str | None, str]:
    if raw is None:
        return None, "none"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return base64.b64encode(raw).decode("ascii"), "base64"


def dead_letter(
    raw: bytes | None,
    origin: Origin,
    reason: str,
    message: str,
    article_id: str | None = None,
    stage: str | None = None,
) -> dict[str, Any]:
    original, encoding = _original(raw)
    return {
        "schema_version": schemas.VERSION,
        "article_id": article_id,
        "reason": reason,
        "stage": stage,
        "message": message,
        "original": original,
        "original_encoding": encoding,
        "origin": {
            "topic": origin.topic,
            "partition": origin.partition,
            "offset": origin.offset,
            "timestamp": origin.timestamp,
            "key": origin.key,
        },
        "failed_at": dt.datetime.now(dt.UTC).isoformat(),
    }
