"""The raw article as the core sees it, after validation.

Kept free of Kafka and spaCy so that the offline `enrich` command, the tests and the
Faust agents all hand the core the very same object.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """A validated article. `published_at` anchors relative dates ("on Thursday")."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: dt.datetime | None = None
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def version(self) -> str:
        """Content hash: a re-published article with changed text is a new version."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    @property
    def published_date(self) -> dt.date | None:
        return self.published_at.date() if self.published_at else None
