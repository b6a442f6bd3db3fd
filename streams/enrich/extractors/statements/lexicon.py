"""The statements extractor's vocabulary, loaded once from `lexicon.json`.

Word lists live in a data file so that adding a cue verb or a title is a data change a
reviewer can read at a glance, not a code change. Everything is lower case and lemmatised.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Lexicon:
    speech_verbs: frozenset[str]
    particle_verbs: dict[str, str]
    phrase_verbs: frozenset[str]
    act_verbs: frozenset[str]
    act_verbs_needing_object: frozenset[str]
    act_verbs_needing_as: frozenset[str]
    prepositional_cues: dict[str, frozenset[str]]
    refusal_verbs: frozenset[str]
    question_marks: frozenset[str]
    clausal_only_verbs: frozenset[str]
    term_verbs: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = json.loads(files(__package__).joinpath("lexicon.json").read_text(encoding="utf-8"))
    return Lexicon(
        speech_verbs=frozenset(raw["speech_verbs"]),
        particle_verbs=dict(raw["particle_verbs"]),
        phrase_verbs=frozenset(raw["phrase_verbs"]),
        act_verbs=frozenset(raw["act_verbs"]),
        act_verbs_needing_object=frozenset(raw["act_verbs_needing_object"]),
        act_verbs_needing_as=frozenset(raw["act_verbs_needing_as"]),
        prepositional_cues={k: frozenset(v) for k, v in raw["prepositional_cues"].items()},
        refusal_verbs=frozenset(raw["refusal_verbs"]),
        question_marks=frozenset(raw["question_marks"]),
        clausal_only_verbs=frozenset(raw["clausal_only_verbs"]),
        term_verbs=frozenset(raw["term_verbs"]),
    )
