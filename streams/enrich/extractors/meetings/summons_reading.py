"""How a summons reads once found (`summons`): in person, and to come when told as news. Its own module since the
mode cue lives with status reading, which the trigger detector (and so `summons`) comes before."""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.status_mode import STRONG, ModeCue
from streams.enrich.extractors.meetings.summons import is_summons


def summons_reading(verb: Token) -> tuple[str | None, ModeCue | None]:
    """Status and mode a summons tells, where the call verb would mislead: the ones called in come in person (no
    phone call), and a summons told as news ("has called in X", "X has been called in") calls to talks still to
    come; told as past ("called in X on Monday to explain") they took place. (None, None) for any other verb."""
    if not is_summons(verb):
        return None, None
    news = any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return ("planned" if news else "held"), ModeCue("in_person", STRONG)
