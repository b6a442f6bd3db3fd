"""A bare group as the other side of talks: "held consultations with growers", "was negotiating with
creditors", "held talks with shareholders".

A person who "met residents" met anyone, so a bare plural group is kept only facing a body (`participants`).
Talks, consultations and negotiations are different: one bargains or consults with a side that has a stake, and
annotators of real news keep that group as written even when only a person faces it. Speaking to, telling or
addressing a group is no exchange between sides, and the press is never a side (`press_audiences`).
"""

from __future__ import annotations

from streams.enrich.extractors.meetings.detect import Trigger
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.model import Participant


def is_talks_trigger(trigger: Trigger) -> bool:
    """Negotiating or consulting in any form, or talks and discussions told as a noun; "spoke to" and "talked
    to" stay out, since one speaks to a crowd as readily as to a side."""
    lemma = lower_lemma(trigger.token)
    return lemma in LEX.encounter_negotiations or (trigger.kind == "noun" and lemma in LEX.encounter_talks)


def is_group_side(participant: Participant) -> bool:
    """A bare group that can bargain: any but the press, who ask rather than negotiate, told bare or described
    ("reporters", "local journalists", "foreign correspondents")."""
    words = participant.name.split()
    return not (words and participant.name.islower() and words[-1] in LEX.press_audiences)
