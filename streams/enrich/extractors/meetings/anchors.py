"""The words an encounter's own place and date hang on: the trigger, its verb, the trip or plan it is part
of and the people it names. Reading only these keeps "said in an interview on Thursday" from dating the talks.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.clause import complement_chain, own_clause, says_it_happens
from streams.enrich.extractors.meetings.departures import is_journey
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.phrases import AFTER_PREPS, MAX_DEPTH, WHERE_WINDOW
from streams.enrich.extractors.meetings.session_acts import session_acts
from streams.enrich.extractors.meetings.slips import (
    face_to_face,
    misread_conjunct,
    participle_after_counterpart,
    stranded_conjunct,
    stranded_relatives,
)
from streams.enrich.extractors.meetings.status_mode import measure_of, scheduled_occurrence
from streams.enrich.extractors.meetings.summons import is_summons
from streams.enrich.extractors.meetings.verb_sides import apart_from_its_verb, topic_partners

_PARTY_PREPS = ("with", "between", "of", "alongside")
_RELATIVE_PRONOUNS = ("that", "which")
_MAX_COMPANIONS = 6
_BEFORE_CLAUSE_PREPS = ("in", "at", "on")


def anchors(trigger: Token, governor: Token | None) -> list[Token]:
    """The trigger, the verb it depends on, the journey it ends ("travelled to X to meet") and the
    people it names, appositions and conjuncts included: "with his counterpart Y in X" puts "in X" on Y."""
    found = [trigger]
    if governor is not None:
        found.append(governor)
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in (
            LEX.occurrence_verbs | LEX.outcome_verbs):  # "the talks collapsed on Tuesday"
        found.append(trigger.head)
    found.extend(session_acts(trigger))  # "the talks today reached a deal", "X yesterday adjourned the meeting"
    found.extend(scheduled_occurrence(trigger))
    journey = _journey(governor if governor is not None else trigger)
    if journey is not None:
        found.append(journey)
    found.extend(_relative_clause(trigger))
    found.extend(_phrases_after_relative(trigger))
    found.extend(own_clause(trigger))
    found.extend(_schedule_participles(trigger))
    found.extend(_trip_settings(governor if governor is not None else trigger))
    found.extend(_visiting(governor if governor is not None else trigger))
    frame = impersonal_frame(governor if governor is not None else trigger)
    if frame is not None:
        found.append(frame)
    found.extend(_arrival_before(governor if governor is not None else trigger))
    found.extend(_as_planned(governor if governor is not None else trigger))
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.lemma_ == "be":
        found.extend(c for c in trigger.head.head.children if c.dep_ == "acomp")  # "is due in X for talks with Y"
    measure = measure_of(trigger)
    if measure is not None:
        found.append(measure)  # "two days of talks in X on Monday": the phrases hang on the measure
    told = measure if measure is not None else trigger
    if told.dep_ == "pobj" and told.head.lower_ in AFTER_PREPS and not apart_from_its_verb(told) and (
            told.head.head.lemma_.lower() not in LEX.moving_on_verbs):  # "after talks with X, Y flew to Rome"
        verb = told.head.head
        found.append(verb)
        if verb.dep_ == "xcomp":  # "agreed on Tuesday to share data, after a call"
            found.append(verb.head)
    found.extend(face_to_face(trigger))  # "met X face to face in Y on Monday"
    held = governor if governor is not None else trigger
    if held.dep_ == "xcomp" and held.head.lemma_.lower() in LEX.schedule_words:
        found.append(held.head)  # "is scheduled to hold talks with X, the ..., on May 3": the schedule's day
    if held.dep_ in ("xcomp", "advcl") and (is_summons(held.head) or lower_lemma(held.head) in LEX.summoning_verbs):
        found.append(held.head)  # "was summoned on Monday to confer with Y": one comes in on the day called
    for child in trigger.children:
        if child.dep_ == "conj" and (misread := misread_conjunct(trigger, child)):
            found.append(child)  # "met A and envoy B in X on Monday": the phrases hang on B or on "envoy"
            found.extend(t for obj in misread for t in _with_companions(obj))
        if child.dep_ in ("dobj",):
            found.extend(_with_companions(child))
            for partner in topic_partners(child):  # "discussed the budget with X in Y"
                found.extend(_with_companions(partner))
        if child.dep_ == "agent" or (child.dep_ == "prep" and (child.lower_ in _PARTY_PREPS or (
                child.lower_ == "to" and trigger.pos_ == "VERB"))):  # "spoke to X in Y", "was received by X in Y"
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found.extend(_with_companions(obj))
    found.extend(_sides_on_the_verb(trigger))
    return found


def _sides_on_the_verb(trigger: Token) -> list[Token]:
    """"Talks were held between A and B in X": the sides hang on the verb that holds the encounter, not on the
    encounter noun, and the place phrase after them on the last side, as it does after "talks with B in X"."""
    verb = trigger.head
    if trigger.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in LEX.holding_verbs:
        return []
    return [t for p in verb.children if p.dep_ == "prep" and p.lower_ in _PARTY_PREPS
            for obj in p.children if obj.dep_ == "pobj" for t in _with_companions(obj)]


def _as_planned(verb: Token) -> list[Token]:
    """"met Y as scheduled on Monday", "as planned on Friday": the small model hangs the day on the plan the
    encounter kept, which is the encounter's own."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in LEX.schedule_words
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)]


def _arrival_before(verb: Token) -> list[Token]:
    """"met Y on Monday after landing in X", "after arriving in X": the trip just before sets the place."""
    return [c for p in verb.children if p.dep_ == "prep" and p.lower_ in AFTER_PREPS
            for c in p.children if c.dep_ == "pcomp" and c.lemma_.lower() in LEX.travel_verbs]


def _schedule_participles(trigger: Token) -> list[Token]:
    """"talks with X, planned for March 20, were scrapped", "the meeting, held on Friday, ...": the participle
    carries the encounter's own date. The small model often hangs a plan's on the counterpart named after the
    trigger, or reads it as a relative clause of that counterpart's ("a meeting with B planned for Friday") or
    a clause of the verb or the preposition, B its subject; one that holds the encounter counts there only set
    off by a comma, as "talks with staff held in the cells" holds the staff."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    return [t for t in trigger.subtree if (t.dep_ == "acl" and (t.lemma_.lower() in LEX.schedule_words or (
        t.lemma_.lower() in LEX.holding_verbs and (t.head.i == trigger.i or t.doc[t.i - 1].text == ","))))
        or (t.dep_ == "relcl" and t.lemma_.lower() in LEX.schedule_words and t in stranded_relatives(t.head))] + [
        c for c in participle_after_counterpart(trigger) if c.lemma_.lower() in LEX.schedule_words]


def _phrases_after_relative(verb: Token) -> list[Token]:
    """"A, who met the attorney-general, B, in X on Monday, said ...": after an apposition closing the relative
    clause, the small model hangs the place and day on A, the clause's antecedent; phrases there after the
    clause are the clause's own. An antecedent with a place phrase before the clause ("workers at X, who met
    Y") keeps it, and its phrases count for nothing."""
    head = verb.head
    if verb.dep_ != "relcl" or head.i > verb.i or not any(
            c.dep_ == "prep" and c.i > verb.right_edge.i for c in head.children):
        return []
    return [] if any(c.dep_ == "prep" and c.lower_ in _BEFORE_CLAUSE_PREPS and c.i < verb.i
                     for c in head.children) else [head]


def _trip_settings(verb: Token) -> list[Token]:
    """"On a visit to X, A met B", "during a trip to X": the trip the verb is set in gives its place."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "during")
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in LEX.travel_verbs]


def _visiting(verb: Token) -> list[Token]:
    """"A, who is visiting X, met B": the visit the subject is on gives the place; a past trip does not."""
    return [c for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.children
            if c.dep_ == "relcl" and c.tag_ == "VBG" and c.lemma_.lower() in LEX.travel_verbs]


def impersonal_frame(clause: Token) -> Token | None:
    """"On Friday, it is believed that X is meeting Y": a present-tense frame with an empty "it" tells
    no event of its own, so the time and place it carries are the encounter's. "X said on Monday that"
    and "it was reported on Monday" date the saying and stay out."""
    frame = clause.head
    if clause.dep_ != "ccomp" or frame.lemma_.lower() not in LEX.hedging_verbs:
        return None
    empty_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in frame.children)
    present = frame.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in frame.children)
    return frame if empty_subject and present else None


def _relative_clause(trigger: Token) -> list[Token]:
    """"a summit that was due to take place in X on Friday": the clause's verbs, down its
    complement chain ("was" -> "due" -> "take"), carry the meeting's own place and date. The small
    model often hangs the clause on the counterpart named after the trigger; then it counts only
    when it says that something takes place."""
    found: list[Token] = []
    sent_end = trigger.sent.end
    for token in trigger.doc[trigger.i : min(sent_end, trigger.i + WHERE_WINDOW)]:
        if token.dep_ != "relcl" or token.head.i < trigger.i:
            continue
        if not any(c.lower_ in _RELATIVE_PRONOUNS and c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue
        chain = complement_chain(token)
        if token.head.i == trigger.i or any(says_it_happens(t) for t in chain) or _passive_schedule(token):
            found.extend(chain)
    return found


def _passive_schedule(verb: Token) -> bool:
    """"talks with X, which had been scheduled for Friday, ...": only an encounter is scheduled, so the clause is
    the talks' wherever the model hangs it ("which was set up on Monday" sets up the counterpart, and "which was
    expected to report on Friday" schedules something the counterpart does)."""
    return verb.lemma_.lower() in LEX.schedule_words and any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ in ("prt", "xcomp") for c in verb.children)


def _with_companions(token: Token) -> list[Token]:
    """A participant plus its appositions and conjuncts (stranded ones too: "between A and B in X"), where
    trailing place phrases attach."""
    found, stack = [], [token]
    while stack and len(found) < _MAX_COMPANIONS:
        current = stack.pop()
        found.append(current)
        stack.extend([*(c for c in current.children if c.dep_ in ("conj", "appos")), *stranded_conjunct(current)])
        leading = [c for c in current.children if c.dep_ == "acl" and c.lemma_.lower() in LEX.leading_verbs]
        found.extend(leading)  # "a delegation led by X in Y": the place hangs on the participle or on X
        stack.extend(o for c in leading for a in c.children if a.dep_ == "agent"
                     for o in a.children if o.dep_ == "pobj")
    return found


def _journey(trigger: Token) -> Token | None:
    """"visited X and met Y", "will travel to X next week to meet Y": the trip sets place and date."""
    node = trigger
    for _ in range(MAX_DEPTH):
        if node.dep_ not in ("conj", "advcl", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
        if is_journey(node) or node.lemma_ == "be":  # "were in X on Monday meeting Y"
            return node
    return None
