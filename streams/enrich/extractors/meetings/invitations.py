"""Who takes part in an encounter told as an invitation: "A invited B to resume talks", "invited B to meet in Y",
"B accepted an invitation from A to talks".

The one invited is a side (`relations.invitee`); the one who invites is the other, unless the encounter names its
own counterpart ("invited B to hold talks with C"): the inviter then only arranges it. An invitation noun
carries its sides on the verb that makes, accepts or turns it down (its subject) and on its "from" and "to".
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_INVITATION_NOUNS = frozenset({"invitation", "invite"})
_ON_THE_INVITATION = ("to", "for")  # "an invitation to talks", "an invitation for talks"
_SIDE_PREPS = ("from", "to")  # "an invitation from A", "extended an invitation to B"
_SUBJECTS = ("nsubj", "nsubjpass")
_COMPLEMENTS = ("xcomp", "advcl")  # "invited X to meet": the small model reads the infinitive either way
_MAX_CLIMB = 3


def inviting_verb(trigger: Token, governor: Token | None) -> Token | None:
    """The verb of inviting whose complement the encounter is: "invited B to meet", "invited B to hold talks",
    "invited B to resume talks" (the noun's governor is the complement)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governor
    if verb is None or verb.dep_ not in _COMPLEMENTS or lower_lemma(verb.head) not in LEX.inviting_verbs:
        return None
    if verb.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "invited X after talks broke down": no complement of the invitation
    return verb.head


def asked_for(trigger: Token, governor: Token | None) -> bool:
    """Whether the encounter is what an invitation asks for ("invited X to resume talks", "accepted an invitation
    to talks"): it comes after the invitation, whatever tense the invitation is told in."""
    return inviting_verb(trigger, governor) is not None or invitation_of(trigger) is not None


def invited(trigger: Token, governor: Token | None) -> list[Token]:
    """The objects of the inviting verb: "invited management at X to resume talks" (the small model may hang
    the infinitive on the verb as a clause of its own, so the invited are not its subject)."""
    verb = inviting_verb(trigger, governor)
    return [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []


def inviters(trigger: Token, governor: Token | None) -> list[Token]:
    """The subjects of the inviting verb, when the encounter it asks for names no counterpart of its own."""
    verb = inviting_verb(trigger, governor)
    if verb is None or _names_a_counterpart(trigger, governor):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _names_a_counterpart(trigger: Token, governor: Token | None) -> bool:
    """"to hold talks with C", "to meet C": the encounter has a side besides the invited one."""
    for word in (trigger, governor):
        if word is None:
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in word.children):
            return True
        if word.pos_ in ("VERB", "AUX") and word is trigger and any(c.dep_ == "dobj" for c in word.children):
            return True
    return False


def invitation_of(trigger: Token) -> Token | None:
    """The invitation noun an encounter noun hangs on: "an invitation to talks", "the invitation for talks"."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in _ON_THE_INVITATION or prep.dep_ != "prep":
        return None
    nouns = [prep.head]
    if prep.head.pos_ in ("VERB", "AUX"):  # "accepted an invitation from X to talks": "to" hung on the verb
        nouns = [c for c in prep.head.children if c.dep_ == "dobj"]
    return next((n for n in nouns if lower_lemma(n) in _INVITATION_NOUNS or n.lower_ in _INVITATION_NOUNS), None)


def invitation_sides(trigger: Token) -> list[Token]:
    """The sides an invitation to the encounter names: who makes, accepts, receives or declines it, who it is
    from and who it is to."""
    invitation = invitation_of(trigger)
    if invitation is None:
        return []
    sides = [o for p in invitation.children if p.dep_ == "prep" and p.lower_ in _SIDE_PREPS
             for o in p.children if o.dep_ == "pobj" and o.i != trigger.i]
    verb = _holding_verb(invitation)
    if verb is not None:
        sides += [c for c in verb.children if c.dep_ in _SUBJECTS]
        for given in (c for c in verb.children if c.dep_ == "dative"):  # "sent B an invitation", "... to B"
            sides += [o for o in given.children if o.dep_ == "pobj"] if given.lower_ == "to" else [given]
    return sides


def _holding_verb(invitation: Token) -> Token | None:
    """The verb the invitation is the object of ("declined an invitation"), through a conjunction of verbs."""
    if invitation.dep_ not in ("dobj", "nsubjpass") or invitation.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = invitation.head
    for _ in range(_MAX_CLIMB):
        if any(c.dep_ in _SUBJECTS for c in verb.children) or verb.dep_ != "conj":
            break
        verb = verb.head  # "B welcomed and accepted the invitation"
    return verb
