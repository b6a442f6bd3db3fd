"""Reads annotated articles (the format of shared/eval/dev/*.json) into Articles plus gold records."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from streams.ingest.article import Article


@dataclass(frozen=True, slots=True)
class GoldArticle:
    path: Path
    article: Article
    meetings: list[dict[str, Any]]
    statements: list[dict[str, Any]]
    sentiment: dict[str, Any] | None


class GoldFormatError(ValueError):
    """A gold file that cannot be used, with the file named in the message."""


def _published(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


def load_gold_file(path: Path) -> GoldArticle:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        gold = raw.get("gold", {})
        article = Article(
            id=str(raw.get("id") or path.stem),
            text=raw["text"],
            title=raw.get("title"),
            url=raw.get("source_url"),
            source=raw.get("source"),
            published_at=_published(raw.get("published")),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GoldFormatError(f"{path}: not an annotated article ({type(exc).__name__}: {exc})") from exc
    return GoldArticle(
        path=path,
        article=article,
        meetings=list(gold.get("meetings", [])),
        statements=list(gold.get("statements", [])),
        sentiment=gold.get("sentiment"),
    )


HALVES = ("first", "second")


def load_gold_dir(directory: Path, half: str | None = None) -> list[GoldArticle]:
    """All annotated articles of a folder, or one half of them.

    Halves exist so that rules can be written on one half and measured on the other: the first half is
    the first ceil(n/2) files in name order, the second the rest, so the split never depends on content.
    """
    files = sorted(directory.glob("*.json")) if directory.is_dir() else [directory]
    if not files:
        raise GoldFormatError(f"{directory}: no *.json annotated articles found")
    if half is not None:
        if half not in HALVES:
            raise GoldFormatError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
        cut = (len(files) + 1) // 2
        files = files[:cut] if half == "first" else files[cut:]
    return [load_gold_file(p) for p in files]
