"""A postponed encounter: called off until a new date is given, planned for that date when one is.

"was postponed" alone leaves nothing on anyone's calendar, so readers (and the annotation
guidelines) count it as cancelled, as is "put off until next month" (a period is no new date) and "put on hold".
"was pushed back to Oct. 23" is a plan with a new day, and that day, not the original one,
is when the encounter is expected.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from streams.enrich.extractors.meetings.days import names_a_day
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.postponing import on_hold
from streams.enrich.extractors.meetings.when import date_entity

_NEEDS_PARTICLE = {"push", "put", "bring", "place"}  # "pushed back", "put off", "brought forward", "put on hold"
_NEEDS_NEW_DATE = {"move"}  # "moved to Friday" postpones; "moved to the capital" does not
_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")


@dataclass(frozen=True, slots=True)
class Postponement:
    new_date: str | None  # the new day as written, None when no day is given


def find_postponement(trigger: Token, path: list[Token]) -> Postponement | None:
    """The postponing verb is on the trigger's occurrence path or has the trigger as its argument."""
    verbs = list(path)
    if trigger.dep_ in _ARGUMENT_DEPS and trigger.head not in verbs:
        verbs.append(trigger.head)
    verbs.extend(t for verb in list(verbs) for t in _complements(verb) if t not in verbs)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or lemma not in LEX.postpone_verbs:
            if lemma in ("be", "remain", "stay") and on_hold(verb):
                return Postponement(None)  # "talks are on hold": the state a postponement leaves
            continue
        particles = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in LEX.postpone_particles]
        if lemma in _NEEDS_PARTICLE and not particles and not on_hold(verb):
            continue
        new_date = _new_date(verb, particles)
        if new_date is None and lemma in _NEEDS_NEW_DATE:
            continue
        return Postponement(new_date)
    return None


def _complements(verb: Token) -> list[Token]:
    """"is likely to be delayed", "was expected to be put off": the postponing verb is the complement
    of the predicate whose subject is the encounter."""
    found, node = [], verb
    for _ in range(3):
        node = next((c for c in node.children if c.dep_ in ("acomp", "xcomp")), None)
        if node is None:
            break
        found.append(node)
    return found


def _new_date(verb: Token, particles: list[Token]) -> str | None:
    """"pushed back to Oct. 23": the date hangs on the verb or, in the small model, on "back"."""
    for head in (verb, *particles):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in LEX.new_date_preps:
                for obj in prep.children:
                    text = date_entity(obj) if obj.dep_ == "pobj" else None
                    if text and names_a_day(text):
                        return text
    return None
