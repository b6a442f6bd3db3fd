"""The cast's vocabulary, loaded once from `lexicon.json`: titles, honorifics, pronouns and the nouns
that stand for organisations, their spokespeople, their documents and the press.

Word lists live in a data file so that adding a title is a data change a reviewer can read at a
glance. Everything is lower case and lemmatised.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Lexicon:
    title_words: frozenset[str]
    role_categories: dict[str, tuple[tuple[str, ...], ...]]
    ignored_role_modifiers: frozenset[str]
    spokes_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    source_nouns: frozenset[str]
    outlet_verbs: frozenset[str]
    honorifics: dict[str, str | None]
    pronoun_genders: dict[str, str]
    generic_org_nouns: frozenset[str]
    state_institution_nouns: frozenset[str]
    document_nouns: frozenset[str]
    self_named_institutions: frozenset[str]
    spokes_genders: dict[str, str]
    org_name_endings: frozenset[str]
    representative_nouns: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = json.loads(files(__package__).joinpath("lexicon.json").read_text(encoding="utf-8"))
    return Lexicon(
        title_words=frozenset(raw["title_words"]),
        role_categories={k: tuple(tuple(ws) for ws in v) for k, v in raw["role_categories"].items()},
        ignored_role_modifiers=frozenset(raw["ignored_role_modifiers"]),
        spokes_nouns=frozenset(raw["spokes_nouns"]),
        institution_nouns=frozenset(raw["institution_nouns"]),
        source_nouns=frozenset(raw["source_nouns"]),
        outlet_verbs=frozenset(raw["outlet_verbs"]),
        honorifics=dict(raw["honorifics"]),
        pronoun_genders=dict(raw["pronoun_genders"]),
        generic_org_nouns=frozenset(raw["generic_org_nouns"]),
        state_institution_nouns=frozenset(raw["state_institution_nouns"]),
        document_nouns=frozenset(raw["document_nouns"]),
        self_named_institutions=frozenset(raw["self_named_institutions"]),
        spokes_genders=dict(raw["spokes_genders"]),
        org_name_endings=frozenset(raw["org_name_endings"]),
        representative_nouns=frozenset(raw["representative_nouns"]),
    )
