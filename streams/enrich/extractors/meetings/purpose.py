"""What an act is done for, told by an infinitive: "met to consider the offer", "called in X to try and settle
the row", "gathered on Monday in order to decide". One reading for every rule that asks why people were brought
together (`deliberation`, `summons`)."""

from __future__ import annotations

from spacy.tokens import Token


def purposes(verb: Token) -> list[Token]:
    """The infinitives hung on `verb` as its purpose, with their conjuncts and complements ("to try and settle",
    "to try to settle": the trying is for the settling)."""
    found = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _infinitive(c)]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        found += [a for o in prep.children if o.lower_ == "order" for a in o.children if _infinitive(a)]
    told = [v for purpose in found for v in (purpose, *purpose.conjuncts)]
    return told + [c for v in told for c in v.children if c.dep_ == "xcomp" and _infinitive(c)]


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
