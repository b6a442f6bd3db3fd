"""An offer to meet at a given occasion that the other side turns down is a meeting called off: "she was
willing to meet X on the sidelines of the summit in Y. X's government ruled out any talks", "offered to meet X
at the fair next month, but X declined".

The detectors drop offers ("would be willing to meet X"): an offer alone arranges nothing. Once the article
says it was turned down, the encounter on the table (its sides, its occasion) is news as one that will not take
place. Only an offer tied to an occasion (a place, a day, an event) counts, "willing to meet X at any time"
has none; and only a turn-down of an encounter, the offer or an invitation in the same sentence or the next
("rejected the claims" is no turn-down).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from streams.enrich.extractors.meetings.detect import Trigger, TriggerKind
from streams.enrich.extractors.meetings.invitations import invitation_of
from streams.enrich.extractors.meetings.lexicon import LEX

_SUGGESTING = frozenset({"suggest", "propose"})
_OFFER_HEADS = frozenset({"willing", "ready", "prepared", "open", "happy", "eager", "keen", "offer", *_SUGGESTING})
_CLIMB = ("dobj", "xcomp", "pcomp", "prep", "acomp")
_INVITED_CLIMB = ("dobj", "xcomp", "pobj", "prep")
_MAX_CLIMB = 4
_OCCASION_ENTITIES = ("GPE", "LOC", "FAC", "EVENT", "DATE")
_OCCASION_NOUNS = frozenset({"sideline", "sidelines", "summit", "conference", "forum", "fair", "festival"})
_HOLDING_VERBS = frozenset({"hold", "have"})
_TURNING_DOWN = frozenset({"reject", "rebuff", "spurn", "dismiss"})
_PARTICLE_TURN_DOWNS = frozenset({("rule", "out"), ("turn", "down")})
_WHAT_IS_OFFERED = frozenset({"offer", "invitation", "proposal", "idea", "overture", "request", "it"})


def offers_turned_down(sent: Span) -> list[Trigger]:
    """The offered encounters of `sent` that this sentence or the next turns down."""
    found = []
    for token in sent:
        kind = _offered_kind(token)
        if kind is None:
            continue
        if _has_occasion(token) and is_turned_down(token, sent):
            found.append(Trigger(token, kind))
    return found


def is_turned_down(trigger: Token, sent: Span) -> bool:
    """Whether an encounter of `sent` is an offer or an invitation that this sentence or the next turns down
    ("invited X to talks in Y, but X declined"), or one whose invitation is declined where it is told."""
    return ((_offer_head(trigger) is not None or _invited_to(trigger)) and _turned_down_after(trigger, sent)) or (
        declined_invitation(trigger))


def suggestion_turned_down(trigger: Token, sent: Span) -> bool:
    """"suggested holding negotiations with X but was spurned", "proposed a meeting with X, but X declined": one side's
    idea of an encounter, turned down before it had a time or a place, arranged nothing; like an offer to no
    occasion, it is no encounter (with an occasion it is one called off)."""
    head = _offer_head(trigger)
    return (head is not None and head.lemma_.lower() in _SUGGESTING and not _has_occasion(trigger)
            and _turned_down_after(trigger, sent))


def declined_invitation(trigger: Token) -> bool:
    """"X declined an invitation to talks with Y in Z": an invitation to an occasion turned down is an encounter
    called off; one to no occasion ("declined an invitation to talks") is, like "declined to meet", none."""
    invitation = invitation_of(trigger)
    if invitation is None or invitation.head.i == invitation.i:
        return False
    return invitation.dep_ == "dobj" and _turns_down(invitation.head) and _has_occasion(trigger)


def _invited_to(trigger: Token) -> bool:
    """"invited X to talks", "invited X to meet", "invited X to hold talks", "an invitation to talks"."""
    if invitation_of(trigger) is not None:
        return True
    node = trigger
    for _ in range(_MAX_CLIMB):
        if node.dep_ not in _INVITED_CLIMB or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in LEX.inviting_verbs:
            return True
    return False


def _offered_kind(token: Token) -> TriggerKind | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in LEX.meet_verbs:
        return "meet"
    if token.pos_ == "VERB" and lemma in LEX.talk_verbs:
        return "talk"
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in _HOLDING_VERBS and (
            token.lower_ in LEX.meeting_nouns):
        return "noun"  # "willing to hold talks with X"
    return None


def _offer_head(token: Token) -> Token | None:
    """The word of offer or readiness the encounter is the complement of ("willing to meet", "offer of holding
    talks", "offered to meet")."""
    node = token
    for _ in range(_MAX_CLIMB):
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in _OFFER_HEADS:
            return node
    return None


def _has_occasion(token: Token) -> bool:
    """A place, a day or an event the encounter is offered for ("on the sidelines of the summit in Y")."""
    verb = token.head if token.pos_ == "NOUN" else token
    return any(t.ent_type_ in _OCCASION_ENTITIES or t.lemma_.lower() in _OCCASION_NOUNS
               for t in verb.subtree if t.i != token.i)


def _turned_down_after(token: Token, sent: Span) -> bool:
    doc = sent.doc
    after = doc[sent.end].sent if sent.end < len(doc) else doc[sent.end : sent.end]
    return any(_turns_down(t) for t in (*doc[token.i + 1 : sent.end], *after))


def _turns_down(verb: Token) -> bool:
    """"ruled out any talks", "rejected the offer", "declined to meet him", "but X declined"."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if not (lemma in _TURNING_DOWN or lemma in LEX.refusal_verbs or any(
            (lemma, p) in _PARTICLE_TURN_DOWNS for p in particles)):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
    if not objects:
        return lemma in LEX.refusal_verbs or _offer_passive(verb)  # "but X declined", "X refused"
    return any(o.lower_ in LEX.meeting_nouns or o.lemma_.lower() in _WHAT_IS_OFFERED
               or o.lemma_.lower() in LEX.meet_verbs or o.lemma_.lower() in LEX.talk_verbs for o in objects)


def _offer_passive(verb: Token) -> bool:
    """"but was rebuffed", "the idea was rejected": the offering side or its offer turned down, told in the
    passive; "the bill was rejected" turns down something else."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is None or subject.lemma_.lower() in _WHAT_IS_OFFERED or subject.lower_ in LEX.meeting_nouns
