"""Where the story set the scene just before an encounter that names no place of its own.

News often tells a trip and then what was done there: "X arrived in Y on Monday. She met Z on Tuesday."
The encounter is in Y because one of its sides had just travelled there. Only the sentence right before
counts, only a trip of a side, and never for a call: a phone or video call has no common place.
"""

from __future__ import annotations

from spacy.tokens import Span

from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.participants import subjects
from streams.enrich.extractors.meetings.status_mode import ModeCue
from streams.enrich.extractors.meetings.where_when import find_location
from streams.enrich.model import Location, Participant

SCENE_DEPTH = 3  # weaker than any place the encounter's own sentence gives
_REMOTE = ("phone", "video")
_VENUE_WORDS = LEX.place_nouns | LEX.common_venues | LEX.venue_words


def place_of_trip_before(sent: Span, sides: list[Participant], mode: ModeCue | None,
                         names: NameIndex) -> Location | None:
    """The place the sentence before the trigger's (`sent`) tells a side travelled to or arrived in."""
    if sent.start == 0 or (mode is not None and mode.mode in _REMOTE):
        return None
    trips = [t for t in names.sentence(sent.start - 1) if t.pos_ == "VERB" and t.lemma_.lower() in LEX.travel_verbs]
    if not trips or _names_a_venue(sent):
        return None
    taken = {p.name for p in sides}
    for verb in trips:
        travellers = [names.participant(s) for s in subjects(verb)]
        if any(c.dep_ == "neg" for c in verb.children) or not any(t and t.name in taken for t in travellers):
            continue
        location, _ = find_location(verb, [verb], names)
        if location is not None:
            return location
    return None


def _names_a_venue(sent: Span) -> bool:
    """"met Z in the capital", "at the club's ground": the sentence gives its own place, even one the
    reader cannot resolve; the trip before does not overrule it."""
    return any(t.dep_ == "pobj" and t.lower_ in _VENUE_WORDS and t.head.lower_ in ("in", "at") for t in sent)
