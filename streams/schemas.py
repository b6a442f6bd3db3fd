"""The message contract: JSON Schemas in `schemas/`, loaded once and shared by ingest and tests.

Schema names are `<message>.v<version>` (e.g. `event.meeting.v1`); the same name travels in
each Kafka message's `schema` header so a consumer can pick the right validator.

Validation runs on every raw article and every enriched article before it is sent, so it is
on the hot path: `jsonschema-rs` (Draft 2020-12, compiled) checks an enriched article in
~0.1 ms where the pure-Python `jsonschema` took ~8 ms, a tenth of an article's enrichment.
`tests/unit/test_schema_validators.py` keeps the two in agreement.

Formats: `date` and `date-time` mean ISO 8601 as Python reads it (`fromisoformat`), the
rule ingest applies to `published_at` anyway: a naive "2019-05-16T10:00" is accepted and
taken as UTC, where strict RFC 3339 would refuse it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jsonschema_rs

SCHEMA_DIR_ENV = "NEWSWIRE_SCHEMAS_DIR"
VERSION = 1
# A violation's message quotes the offending value, which may be a whole article.
MAX_ERROR_CHARS = 400

ARTICLE_RAW = f"article.raw.v{VERSION}"
ARTICLE_ENRICHED = f"article.enriched.v{VERSION}"
ARTICLE_DEADLETTER = f"article.deadletter.v{VERSION}"
EVENT_SCHEMAS = {t: f"event.{t}.v{VERSION}" for t in ("meeting", "statement", "sentiment")}


# `schemas/` at the repository root is the one source; `streams/schemas_data` is a symlink to it, so the
# files ship inside the package (a wheel copies them as package data) and load the same from a checkout.
PACKAGED_SCHEMAS = Path(__file__).parent / "schemas_data"


def schema_dir() -> Path:
    return Path(os.environ.get(SCHEMA_DIR_ENV) or PACKAGED_SCHEMAS)


def iso_date(value: object) -> bool:
    """A format constrains strings only (JSON Schema); other types are the `type` keyword's business."""
    if not isinstance(value, str):
        return True
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def iso_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


FORMATS = {"date": iso_date, "date-time": iso_datetime}


@lru_cache(maxsize=1)
def _load() -> dict[str, dict[str, Any]]:
    directory = schema_dir()
    files = sorted(directory.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no JSON Schemas in {directory} (set {SCHEMA_DIR_ENV})")
    return {p.name.removesuffix(".json"): json.loads(p.read_text(encoding="utf-8")) for p in files}


def schema(name: str) -> dict[str, Any]:
    return _load()[name]


@cache
def validator(name: str) -> jsonschema_rs.Validator:
    schemas = _load()
    registry = jsonschema_rs.Registry([(s["$id"], s) for s in schemas.values()])
    return jsonschema_rs.validator_for(schemas[name], registry=registry, formats=FORMATS, validate_formats=True)


def errors(name: str, message: Any) -> list[str]:
    """Human-readable violations, each with the JSON path where it happened."""
    return [
        f"{'/'.join(map(str, e.instance_path)) or '<root>'}: {_shortened(e.message)}"
        for e in sorted(validator(name).iter_errors(message), key=lambda e: list(map(str, e.instance_path)))
    ]


def _shortened(text: str, keep: int = MAX_ERROR_CHARS // 2) -> str:
    """A violation quotes the whole value, and says what is wrong with it at the end: keep both ends."""
    if len(text) <= 2 * keep:
        return text
    return f"{text[:keep]}… [{len(text) - 2 * keep} of {len(text)} characters left out] …{text[-keep:]}"
