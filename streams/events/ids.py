"""Deterministic event ids: the same article text always yields the same ids.

At-least-once delivery means a consumer may see an event twice; equal ids let it drop the
repeat. The article version (a hash of its text) is part of the id, so a re-published,
changed article yields new ids instead of silently overwriting the old ones.
"""

from __future__ import annotations

import hashlib


def event_id(article_id: str, article_version: str, event_type: str, start: int, end: int, ordinal: int = 0) -> str:
    """`ordinal` separates two events of one type that share a span (rare, but possible)."""
    key = f"{article_id}\x1f{article_version}\x1f{event_type}\x1f{start}:{end}\x1f{ordinal}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
