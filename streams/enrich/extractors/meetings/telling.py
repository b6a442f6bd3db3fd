"""Where the listeners of a telling verb stand: the object told or briefed ("told the Y committee"), the body
testified before ("testified before the Y committee"), the one a plan is shown to ("outlined his plan to the Y
committee"), the one a witness "was questioned by". Word order only, so that naming a side can ask it without
the meeting extractor's other parts."""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma

_TOLD_VERBS = frozenset({"tell", "brief", "inform", "update"})  # the body is the object told
_HEARD_VERBS = frozenset({"testify", "appear"})  # the body is the one testified or appeared before
_SHOWN_VERBS = frozenset({"explain", "outline", "present", "describe"})  # something shown "to" the body
_QUESTIONED_VERBS = frozenset({"question", "quiz", "grill", "cross-examine"})  # "was questioned by" the body
BODY_TELLING_VERBS = _TOLD_VERBS | _HEARD_VERBS | _SHOWN_VERBS | _QUESTIONED_VERBS
_HEARD_PREPS = ("before", "to")
_HANDED = frozenset({"award", "prize", "medal", "trophy", "gift", "cheque", "check", "certificate", "petition"})


def listener_slots(verb: Token) -> list[Token]:
    """The nouns standing where the ones told, heard by or shown something at `verb` stand."""
    lemma = lower_lemma(verb)
    if lemma in _TOLD_VERBS:
        return [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if lemma in _HEARD_VERBS:
        return [o for c in verb.children if c.dep_ == "prep" and c.lower_ in _HEARD_PREPS
                for o in c.children if o.dep_ == "pobj"]
    if lemma in _SHOWN_VERBS:
        return _shown_to(verb)
    if lemma in _QUESTIONED_VERBS:  # only the passive: "the panel questioned X" puts the body first
        return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return []


def in_a_listener_slot(noun: Token) -> bool:
    """Whether `noun` stands where the ones told, heard by or shown something stand."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return any(t.i == noun.i for v in (verb, verb.head) for t in listener_slots(v))


def _shown_to(verb: Token) -> list[Token]:
    """"outlined his plan to the Y committee": the "to" hangs on the verb or on the thing shown; a prize or a
    gift "presented to" someone is handed over, not explained in a room."""
    shown = [c for c in verb.children if c.dep_ == "dobj"]
    if any(lower_lemma(o) in _HANDED for o in shown):
        return []
    return [o for h in (verb, *shown) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for o in c.children if o.dep_ == "pobj"]
