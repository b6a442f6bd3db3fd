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


def load_gold_dir(directory: Path) -> list[GoldArticle]:
    files = sorted(directory.glob("*.json")) if directory.is_dir() else [directory]
    if not files:
        raise GoldFormatError(f"{directory}: no *.json annotated articles found")
    return [load_gold_file(p) for p in files]
