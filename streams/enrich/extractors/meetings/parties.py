"""The record of who took part in one mention, and what that tells of its relation to other mentions.

Every reader of sides (verbs, nouns, coordinations, companions) adds to the same record, so it lives apart
from all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
        elif participant is not None and all(p.name != participant.name for p in self.named):
            self.named.append(participant)
