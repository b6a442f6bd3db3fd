"""The record of who took part in one mention, and what that tells of its relation to other mentions.

Every reader of sides (verbs, nouns, coordinations, companions) adds to the same record, so it lives apart
from all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from streams.enrich.cast.reading.registry import org_core
from streams.enrich.extractors.meetings.names import PLURAL
from streams.enrich.model import Participant


@dataclass
class Parties:
    """Participants of one mention plus what they say about how it relates to other mentions."""

    named: list[Participant] = field(default_factory=list)
    plural: bool = False
    anaphoric: bool = False
    distinct: bool = False
    needs_protagonist: bool = False
    attendees: bool = False  # "The roundtable brought together X, Y": people of an event told before
    reported: bool = False  # "B insisted ..., A said after a meeting": the sides are guessed from a report
    owners: set[str] = field(default_factory=set)  # "their" of "A met B before their talks with C": A and B

    def add(self, participant: Participant | None) -> None:
        if participant is PLURAL:
            self.plural = True
        elif participant is not None and not any(_same_side(p, participant) for p in self.named):
            self.named.append(participant)


def _same_side(a: Participant, b: Participant) -> bool:
    """"X Inc told investors it would convene its meeting": news names a company long first and short after, and the
    subject and its "it" are one body, not two sides meeting (the short name NER may even call a person)."""
    return a.name == b.name or ("organization" in (a.kind, b.kind) and org_core(a.name) == org_core(b.name))
