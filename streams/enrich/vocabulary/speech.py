"""The verbs that report speech ("say", "tell", "warn"), one list for every layer that asks.

The statements extractor reads them as cues and the cast reads them to tell who speaks ("Victoria Banks
said": a name that says something is a speaker). The cast is built before the extractors run, so it cannot
import the extractor's lexicon without a cycle; both read this list instead, and a verb added here is a
cue and a speaker's verb at once.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    raw = json.loads(files(__package__).joinpath("speech_verbs.json").read_text(encoding="utf-8"))
    return frozenset(raw["speech_verbs"])
