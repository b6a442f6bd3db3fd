"""The finite word that frames an encounter no nearer verb dates: where the status reader looks last.

"Envoys can start hard bargaining at a session on June 9", "holders are to be invited to vote at the
adjourned meeting", "the bank is unlikely to move rates at its policy session on Friday": the meeting noun sits
several steps below the only word with a tense or a modal, further up than the status reader's short climb, and
with nothing on that climb the encounter was taken as held. Kept apart so that the climb, which only passes
through the slots an encounter fills in a clause, has one definition.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lexicon import LEX

_MAX_STEPS = 7
# the places an encounter fills: the scene of an act ("at a meeting"), what an act is about or leads to ("get
# down to talks"), the act's own object or subject ("renew negotiations", "the meeting will be reconvened")
_SCENE_PREPS = frozenset({"at", "in", "during", "to", "for"})
_NOUN_SLOTS = frozenset({"dobj", "nsubj", "nsubjpass", "appos", "compound", "attr"})
_OPEN_VERB_SLOTS = frozenset({"xcomp", "acl", "advcl", "ccomp", "conj"})  # an infinitive or gerund passes its time up
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# "can settle the claim at a meeting": yet to come, as "will" is ("should" may be advice, as `_due_there` reads it)
_ABILITY_MODALS = frozenset({"can"})


def encounter_frame(trigger: Token) -> Token | None:
    """The first word from the encounter up that carries a tense or a modal, reached only through a scene
    preposition, a noun slot or a verb that has no time of its own (an infinitive, a gerund, an adjective under
    its copula); None when a participle or past form comes first ("proposals made at the meeting" keeps the
    meeting in the participle's past) or when the climb leaves those slots."""
    node = trigger
    for _ in range(_MAX_STEPS):
        if _finite(node):
            return node  # the encounter's own verb group first: "has been meeting X this week" reports
        if node is not trigger and node.tag_ in ("VBN", "VBD"):
            return None  # a participle or a past verb the parse left without a subject: it dates the encounter
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "pobj":
            if head.lower_ not in _SCENE_PREPS:
                return None
            node = head.head  # through the preposition to what it hangs on
            continue
        if node.dep_ == "prep" or node.dep_ in _NOUN_SLOTS or (node.dep_ == "acomp" and head.lemma_ == "be") or (
                node.dep_ in _OPEN_VERB_SLOTS and node.pos_ in ("VERB", "AUX", "ADJ")):
            node = head
            continue
        return None
    return None


def _finite(word: Token) -> bool:
    """A verb with a tense of its own or under a tensed or modal auxiliary."""
    if word.pos_ not in ("VERB", "AUX"):
        return False
    return word.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in word.children)


def looks_ahead(frame: Token) -> bool:
    """"will", "would", "could", "may", "can" on the frame, with no perfect after it ("could have met"
    tells an encounter that did not happen, read elsewhere)."""
    auxes = [c for c in frame.children if c.dep_ == "aux"]
    if frame.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return False
    return any(a.lower_ in LEX.planned_modals or a.lower_ in _ABILITY_MODALS for a in auxes)
