"""An encounter that something comes after, told as judged or as dated in the past, has happened: "could sign
within days after a productive meeting with X", "will decide after a tense session yesterday".

The verb the encounter hangs on ("could sign", "will decide") carries the plan's modal, so the status reading
finds a plan; but what follows the encounter is the plan, not the encounter. Only one who has sat through a
meeting calls it productive or tense, and a meeting this morning or yesterday is behind the writer; "will
decide after a meeting on Friday" stays a plan.
"""

from __future__ import annotations

from spacy.tokens import Token

_SEQUENCE_PREPS = ("after", "following")
# how an encounter went: words that judge one already sat through (not "planned", "first", "crucial")
_OUTCOME_JUDGEMENTS = frozenset({
    "positive", "productive", "constructive", "fruitful", "cordial", "frank", "candid", "amicable", "friendly",
    "warm", "useful", "successful", "excellent", "tense", "heated", "stormy", "fiery", "acrimonious", "testy",
    "difficult", "lengthy", "marathon", "inconclusive", "unproductive", "fractious",
})
_PAST_DAYS = ("this morning", "yesterday", "last night", "earlier today", "earlier this")


def came_before(trigger: Token, date_text: str | None) -> bool:
    """Whether an encounter noun after "after"/"following" is judged by how it went, or dated behind the
    writer ("this morning", "yesterday", "earlier this week")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or trigger.head.lower_ not in _SEQUENCE_PREPS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in _OUTCOME_JUDGEMENTS for c in trigger.children):
        return True
    day = (date_text or "").lower()
    return day.startswith(_PAST_DAYS) and "later" not in day
