"""The message contract: JSON Schemas in `schemas/`, loaded once and shared by ingest and tests.

Schema names are `<message>.v<version>` (e.g. `event.meeting.v1`); the same name travels in
each Kafka message's `schema` header so a consumer can pick the right validator.
"""

from __future__ import annotations

import json
import os
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

SCHEMA_DIR_ENV = "NEWSWIRE_SCHEMAS_DIR"
VERSION = 1

ARTICLE_RAW = f"article.raw.v{VERSION}"
ARTICLE_ENRICHED = f"article.enriched.v{VERSION}"
ARTICLE_DEADLETTER = f"article.deadletter.v{VERSION}"
EVENT_SCHEMAS = {t: f"event.{t}.v{VERSION}" for t in ("meeting", "statement", "sentiment")}


def schema_dir() -> Path:
    return Path(os.environ.get(SCHEMA_DIR_ENV) or Path(__file__).resolve().parents[1] / "schemas")


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, dict[str, Any]], Registry]:
    directory = schema_dir()
    files = sorted(directory.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no JSON Schemas in {directory} (set {SCHEMA_DIR_ENV})")
    schemas = {p.name.removesuffix(".json"): json.loads(p.read_text(encoding="utf-8")) for p in files}
    registry: Registry = Registry().with_resources(
        (s["$id"], Resource.from_contents(s)) for s in schemas.values()
    )
    return schemas, registry


def schema(name: str) -> dict[str, Any]:
    return _load()[0][name]


@cache
def validator(name: str) -> Draft202012Validator:
    schemas, registry = _load()
    return Draft202012Validator(schemas[name], registry=registry, format_checker=FormatChecker())


def errors(name: str, message: Any) -> list[str]:
    """Human-readable violations, each with the JSON path where it happened."""
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in sorted(validator(name).iter_errors(message), key=lambda e: list(map(str, e.path)))
    ]
