"""Loads an extractor's word lists from its `lexicon.json` into a frozen dataclass of the same fields.

Word lists live in data files so that adding a cue verb or a title is a data change a reviewer can
read at a glance. Lists become frozensets, lists of lists tuples of tuples, maps keep their keys.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields
from importlib.resources import files
from typing import Any, TypeVar

T = TypeVar("T")


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    if isinstance(value, list) and value and all(isinstance(v, list) for v in value):
        return tuple(tuple(v) for v in value)
    if isinstance(value, list):
        return frozenset(value)
    return value


def load_lexicon(cls: type[T], package: str, shared: Mapping[str, Any] | None = None) -> T:
    """`cls`'s fields read from `package`/lexicon.json (keys the dataclass does not name are notes); a field
    in `shared` is a list another layer reads too, kept in one place and handed in instead."""
    shared = shared or {}
    raw = json.loads(files(package).joinpath("lexicon.json").read_text(encoding="utf-8"))
    return cls(**{f.name: shared[f.name] if f.name in shared else _frozen(raw[f.name]) for f in fields(cls)})
