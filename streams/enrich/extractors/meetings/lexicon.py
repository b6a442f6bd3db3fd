"""The extractor's vocabulary, loaded once from lexicon.json.

Kept as data so that linguists can extend cue words without touching the rules, and so
that the rules stay free of any particular name, outlet or article.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).with_name("lexicon.json")


class Lexicon:
    """Named word sets; attribute access keeps call sites short (`LEX.meet_verbs`)."""

    def __init__(self, raw: dict[str, object]) -> None:
        for key, value in raw.items():
            if isinstance(value, list):
                setattr(self, key, frozenset(str(v).lower() for v in value))

    def __getattr__(self, name: str) -> frozenset[str]:  # only reached for unknown keys
        raise AttributeError(f"lexicon.json has no word list {name!r}")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return Lexicon(json.loads(_PATH.read_text(encoding="utf-8")))


LEX = load_lexicon()
