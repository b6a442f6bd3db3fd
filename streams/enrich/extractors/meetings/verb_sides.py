"""The counterparts and companions of an encounter verb: "X met Y", "spoke by phone with Y", "met Y,
accompanied by Z".

Objects, partner prepositions, channels and who comes along; a trip's destination or a topic discussed is no
side.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.body_told import body_listeners
from streams.enrich.extractors.meetings.calling_on import called_on
from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import PERSON, NameIndex
from streams.enrich.extractors.meetings.settled_with import settled_with
from streams.enrich.extractors.meetings.slips import dangling_object, face_to_face, misread_conjunct, with_face_to_face
from streams.enrich.extractors.meetings.state_tours import toured_states
from streams.enrich.extractors.meetings.topics import topic_nouns

_PARTY_PREPS = ("with", "between", "among", "to", "and")
SEQUENCE_PREPS = ("before", "after", "since")


def verb_objects(verb: Token, kind: str, names: NameIndex) -> list[Token]:
    if listeners := body_listeners(verb):  # "testified before the Y committee": the body is the one side met
        return listeners
    objects = []
    idiom = face_to_face(verb)
    for child in verb.children:
        if child in idiom:  # "met X face to face": the small model makes X a compound or subject of "face"
            objects.extend(c for c in child.children if c.dep_ in ("compound", "nsubj") and c.pos_ == "PROPN")
        elif child.dep_ in ("dobj", "attr") and child.lower_ != "part":
            if settled_with(verb):  # "reached agreement with X": the agreement is no side, X is
                objects.extend(topic_partners(child))
                continue
            objects.append(child)
            if kind == "talk" or lower_lemma(verb) == "negotiate":  # "negotiating a loan with X" as well
                objects.extend(topic_partners(child))
            elif is_meal(child):  # "hosted a dinner for X": the guest
                objects.extend(o for p in child.children if p.dep_ == "prep" and p.lower_ == "for"
                               for o in p.children if o.dep_ == "pobj")
        elif child.dep_ == "agent" or (child.dep_ == "prep" and _is_party_prep(child.lower_, kind)) or (
                child.dep_ == "prep" and child.lower_ == "on" and child == called_on(verb)):
            objects.extend(c for c in child.children if c.dep_ == "pobj" and not _destination(verb, child, c))
            if child.lower_ == "with":  # "met with X, a Y, to discuss Z": X read as the subject of "discuss"
                objects.extend(dangling_object(child))
            if child.dep_ == "agent":  # "spoke by phone with X", "by phone" read as a passive's agent
                objects.extend(_channel_partners(child))
        elif child.dep_ == "prep":
            objects.extend(_channel_partners(child))
        elif child.dep_ == "advcl":  # the same slip with "with" read as the clause's marker
            objects.extend(n for m in child.children if m.dep_ == "mark" and m.lower_ == "with"
                           for n in dangling_object(m))
        elif child.dep_ in ("npadvmod", "tmod") and child.ent_type_ == "DATE":  # "met X Monday": X a compound of it
            objects.extend(c for c in child.children if c.dep_ == "compound" and names.label.get(c.i) == PERSON)
        elif child.dep_ == "conj" and (misread := misread_conjunct(verb, child)):
            objects.extend(misread)
        elif _names_the_role_before(child, names):
            objects.append(child)
    if (toured := toured_states(verb)) is not None and toured.dep_ != "dobj":
        objects.append(toured)  # "toured Andean states urging ...": the states read as the next clause's subject
    return objects + with_face_to_face(idiom)


def topic_partners(topic: Token) -> list[Token]:
    """"discussed the budget with X", "negotiated a deal with the union": the small model hangs "with X" on
    the topic discussed; the partner is the verb's all the same."""
    return [obj for noun in topic_nouns(topic) for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "with" for obj in prep.children if obj.dep_ == "pobj"]


def _names_the_role_before(token: Token, names: NameIndex) -> bool:
    """"met governors A, B and C": the small model hangs the names on the verb, right after the plural role
    they name."""
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return token.dep_ == "npadvmod" and names.label.get(token.i) == PERSON and before is not None and (
        before.dep_ == "dobj" and before.tag_ == "NNS" and before.head.i == token.head.i)


def _channel_partners(prep: Token) -> list[Token]:
    """"spoke by telephone with X": the small model hangs "with X" on the channel, not on the verb. "met B after
    their call with C" sequences another encounter: C is its side, not the verb's."""
    if prep.lower_ in (*SEQUENCE_PREPS, "following"):
        return []
    channels = [c for c in prep.children if c.dep_ == "pobj" and (
        c.lower_ in LEX.phone_words or c.lower_ in LEX.video_words)]
    return [obj for channel in channels for p in channel.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
            for obj in p.children if obj.dep_ == "pobj"]


def _destination(verb: Token, prep: Token, obj: Token) -> bool:
    """"welcomed X to Congress House", "invited X to the Grand Hotel": with the guest as object, a venue after
    "to" is where the guest came, not a side ("spoke to the ministry" has no object and keeps it)."""
    return prep.lower_ == "to" and any(c.dep_ == "dobj" for c in verb.children) and (
        obj.lower_ in LEX.venue_words or obj.lower_ in LEX.venue_org_heads)


def is_meal(noun: Token) -> bool:
    return lower_lemma(noun) in LEX.encounter_meals or noun.lower_ in LEX.encounter_meals


def _is_party_prep(prep: str, kind: str) -> bool:
    return prep in _PARTY_PREPS or (kind == "attend" and prep == "in")


def companions(verb: Token) -> list[Token]:
    """"A, accompanied by C, met B", "met B on Tuesday, joined by C", "met B, who was accompanied by C", "met B
    in the presence of C", "met B, with C in attendance": who comes with a side, or witnesses the encounter,
    attends it. The participle hangs on the verb, on its subject or on its object."""
    found = []
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "met B alongside C": hung on B
    for head in (verb, *subjects(verb), *objects):
        for child in head.children:
            if child.dep_ in ("acl", "advcl", "relcl") and lower_lemma(child) in LEX.escort_participles:
                found.extend(o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "in" and not _says_there(child):
                found.extend(o for w in child.children if w.dep_ == "pobj" and lower_lemma(w) in LEX.witness_nouns
                             for p in w.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj")
            elif child.dep_ == "prep":
                found.extend(_alongside(child) or _in_attendance(child))
    return found


def _in_attendance(prep: Token) -> list[Token]:
    """"met B, with C (also) in attendance", "..., with C and D present": an absolute "with" whose object is
    said to be there names who attended, not the counterpart."""
    if _says_there(prep):  # the small model may hang "C in attendance" on the verb, C its subject
        return [n for n in prep.children if n.dep_ == "nsubj"]
    if prep.lower_ != "with":
        return []
    doc = prep.doc
    found = [n for c in prep.children if c.dep_ == "pcomp" and _says_there(c) for n in c.children
             if n.dep_ == "nsubj"]  # "with C also in attendance" parsed as a small clause
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        if obj.lower_ in LEX.attendance_words:  # the small model may make "present" the object, the name its modifier
            found.extend(c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1)
            continue
        k = obj.right_edge.i + 1
        while k < len(doc) and doc[k].lower_ in ("also", "too"):
            k += 1
        if k < len(doc) and _says_there(doc[k]):
            found.extend((obj, *obj.conjuncts))
    return found


def _says_there(word: Token) -> bool:
    """"present", "in attendance"."""
    return word.lower_ in LEX.attendance_words or (word.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ in LEX.attendance_words for o in word.children))


def _alongside(prep: Token) -> list[Token]:
    """"A, along with C, met B", "A, together with C, held talks", "met B alongside C": who acts with a side
    is one more side. A bare "with" is the counterpart, read as such elsewhere."""
    if prep.lower_ in LEX.alongside_preps:
        return [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ in LEX.alongside_markers:  # "along" as a preposition owning "with"
        return [o for p in prep.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                if o.dep_ == "pobj"]
    if prep.lower_ == "with" and any(c.lower_ in LEX.alongside_markers for c in prep.children):
        return [o for o in prep.children if o.dep_ == "pobj"]
    return []


def met_by(verb: Token) -> list[Token]:
    """Whom the subject of a meeting verb met ("met B", "talked with B", "spoke to B"): with the subject, the pair
    a later "their" names; "A said their talks ..." names no pair."""
    lemma = lower_lemma(verb)
    if lemma not in LEX.meet_verbs | LEX.talk_verbs:
        return []
    partner_preps = ("with", "to") if lemma in LEX.talk_verbs else ("with",)  # "spoke to B before their talks"
    return [o for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in partner_preps)
            for o in ((c,) if c.dep_ == "dobj" else c.children) if o.dep_ in ("dobj", "pobj")]


def apart_from_its_verb(noun: Token) -> bool:
    """"A met B in X on Monday after their talks with C": an encounter with a side of its own, sequenced by a
    meeting verb that has its own counterpart, is another encounter; the verb's day, place and channel are the
    first one's. "agreed on Tuesday, after a call with C" has no encounter on the verb and shares its day."""
    return noun.dep_ == "pobj" and noun.head.lower_ in (*SEQUENCE_PREPS, "following") and any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children) and bool(met_by(noun.head.head))


def encounters_apart(verb: Token) -> list[Token]:
    """The sequencing phrases ("after their talks with C") on a meeting verb that tell an encounter of their own."""
    return [p for p in verb.children if p.dep_ == "prep"
            and any(o.dep_ == "pobj" and apart_from_its_verb(o) for o in p.children)]
