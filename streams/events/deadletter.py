"""Dead letters: what could not be processed, why, the original bytes, and where it came from.

A dead letter must itself be deliverable, whatever arrived: the human message is capped (an
exception may quote a whole article), and an original too large to carry is left out. It
then stays readable at its origin (topic, partition, offset) until the raw topic's retention.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from typing import Any

import orjson

from streams import schemas

MAX_MESSAGE_CHARS = 2_000


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
    max_original_bytes: int | None = None,
) -> dict[str, Any]:
    """`max_original_bytes` bounds the original as serialised (escapes can make it 6× the input)."""
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[: MAX_MESSAGE_CHARS - 1] + "…"
    original, encoding = _original(raw)
    if original is not None and max_original_bytes is not None and len(orjson.dumps(original)) > max_original_bytes:
        message = f"{message} [original of {len(raw or b'')} bytes left out: too large; read it at its origin]"
        original, encoding = None, "none"
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


# Reasons that are Newswire's fault, not the publisher's: replaying them after a fix can succeed.
OUR_FAULT = ("enrichment_error", "enrichment_timeout")


@dataclass(frozen=True, slots=True)
class Replay:
    """What to publish again for one dead letter: the original bytes, or where to read them."""

    key: bytes | None
    value: bytes | None
    origin: Origin

    @property
    def needs_origin(self) -> bool:
        """The letter left the original out (too large); the raw topic may still hold it."""
        return self.value is None


def replay_of(letter: dict[str, Any]) -> Replay:
    """The inverse of `dead_letter` for the original: same bytes, keyed as the publisher keyed them.

    The key is the origin's key, else the article id: the raw topic is keyed by article id,
    and the duplicate check relies on an id always landing on the same partition.
    """
    origin = Origin(**letter["origin"])
    encoding, original = letter["original_encoding"], letter["original"]
    if encoding == "utf-8":
        value = original.encode("utf-8")
    elif encoding == "base64":
        value = base64.b64decode(original)
    else:
        value = None
    key = origin.key if origin.key is not None else letter.get("article_id")
    return Replay(key.encode("utf-8") if key is not None else None, value, origin)
