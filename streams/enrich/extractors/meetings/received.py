"""A thing received or welcomed is no one met: "staff will receive their back pay", "the club welcomed the
ruling", "they will receive a refund".

"Receive" and "welcome" are encounter verbs only for a visitor ("received the envoy", "welcomed the delegation").
With a direct object that stands for no side, what is received is money, a letter, a decision: the subject
alone is left, and as "they" or "the workers" it would otherwise be read as people of an encounter told before.
The object is judged by the one test every side passes (`NameIndex.participant`), so a new kind of side needs
no second list here; a pronoun ("received him") is someone whoever it points to.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.names import NameIndex

_RECEIVING_VERBS = ("receive", "welcome")


def receives_a_thing(token: Token, kind: str, names: NameIndex) -> bool:
    """A receiving verb whose direct object, and every object coordinated with it, is no side."""
    if kind != "meet" or lower_lemma(token) not in _RECEIVING_VERBS:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects:
        return False  # "will be received at the palace": the visitor is the subject
    received = [o for obj in objects for o in (obj, *obj.conjuncts)]
    return not any(o.pos_ == "PRON" or names.participant(o) is not None for o in received)
