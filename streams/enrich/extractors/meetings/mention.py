"""One sentence's reference to an encounter, before repeated mentions are merged into events."""

from __future__ import annotations

from dataclasses import dataclass, field

from streams.enrich.extractors.meetings.status_mode import ModeCue
from streams.enrich.model import DateRef, Location, MeetingStatus, Participant


@dataclass
class Mention:
    """What one trigger word tells about an encounter.

    `status`/`mode` are None when the sentence gives no cue, so that a bare "the talks"
    can join any event instead of voting for a default. `anaphoric` mentions ("the meeting",
    "they met") name nobody new and must attach to an event introduced elsewhere;
    `distinct` ones ("was preceded by a discussion with X") must not be merged into it. A plural
    anaphor with no earlier event to join falls back on the people last named together (`antecedents`).
    """

    trigger: int  # token index of the trigger word
    sent_start: int  # character offsets of the evidence sentence
    sent_end: int
    participants: list[Participant] = field(default_factory=list)
    plural_anaphor: bool = False
    anaphoric: bool = False
    distinct: bool = False
    needs_protagonist: bool = False
    attendees: bool = False  # "The roundtable brought together X, Y": the people of the event just told
    repeat: bool = False  # "further talks", "the last time they met": the same people, another encounter
    joins_only: bool = False  # "X was accompanied by A and B": adds people to an encounter, never founds one
    reported: bool = False  # sides guessed from a report about it: the next sentence may tell who met
    one_at_told: bool = False  # "C was also at the meeting": one person at an encounter, failing one shared
    among_themselves: bool = False  # "EU foreign ministers met": one group of peers is the encounter's only side
    unnamed_session: bool = False  # "a session of farm ministers": those named right after may be them
    bystanders: bool = False  # "Also present were A and B": joins the encounter told last, whoever it has
    antecedents: list[Participant] = field(default_factory=list)  # who "the two leaders" are, failing an event
    location: Location | None = None
    location_depth: int = 99  # 0 when "in X" hangs on the trigger itself
    date: DateRef | None = None
    status: MeetingStatus | None = None
    mode_cue: ModeCue | None = None
    strength: float = 0.5
