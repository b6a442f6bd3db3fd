"""Where the story set the scene just before an encounter that names no place of its own.

News often tells a trip and then what was done there: "X arrived in Y on Monday. She met Z on Tuesday.", "X began
a visit of five days to Y on Monday. She will meet Z."
The encounter is in Y because one of its sides had just travelled there. It also tells an occasion and then
a corner of it: "The teams drew in Y on Sunday. The ministers held talks in a stadium lounge after the match."
It also tells the talks alone and then who sat at them: "Talks resumed in Y on Friday. Leaders of A met officials
of B." Only the sentence right before counts, and never for a call: a phone or video call has no common place.
"""

from __future__ import annotations

from spacy.tokens import Span

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.gazetteer import country_code
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.status_mode import ModeCue
from streams.enrich.extractors.meetings.talks_before import sideless_talks_before
from streams.enrich.extractors.meetings.trip_taken import trip_taken
from streams.enrich.extractors.meetings.when import find_date
from streams.enrich.extractors.meetings.where import find_location
from streams.enrich.model import Location, Participant

SCENE_DEPTH = 3  # weaker than any place the encounter's own sentence gives
_REMOTE = ("phone", "video")
_AFTER = ("after", "following")
_VENUE_WORDS = LEX.place_nouns | LEX.common_venues | LEX.venue_words


def place_before(sent: Span, sides: list[Participant], mode: ModeCue | None, names: NameIndex) -> Location | None:
    """The place the sentence before the trigger's (`sent`) set: a side's trip there, or the town of the
    occasion the encounter's unnamed room belongs to."""
    if sent.start == 0 or (mode is not None and mode.mode in _REMOTE):
        return None
    return _place_of_trip_before(sent, sides, names) or _town_of_occasion_before(sent, names) or (
        _place_of_talks_before(sent, names))


def _place_of_talks_before(sent: Span, names: NameIndex) -> Location | None:
    """"Talks resumed in Y on Friday. Leaders of A met officials of B": the talks told alone before are the
    encounter the sentence names the sides of, so their place is its place."""
    verb = sideless_talks_before(sent)
    if verb is None or _names_a_venue(sent):
        return None
    return find_location(verb, [verb], names)[0]


def _town_of_occasion_before(sent: Span, names: NameIndex) -> Location | None:
    """"in a stadium lounge", "in a side room" says only a corner of some venue; the town the sentence before
    told its occasion in ("drew 1-1 in Y on Sunday", "the fair opened in Y") is where that corner is, wherever
    the small model hangs "in Y". Only a town: a country is too wide to be the venue's."""
    if not _tells_a_corner(sent):
        return None
    preps = [t for t in names.sentence(sent.start - 1) if t.dep_ == "prep" and t.lower_ in ("in", "at")]
    if any(c.dep_ == "conj" for p in preps for o in p.children if o.dep_ == "pobj" for c in o.children):
        return None  # "in Y and Z": which one held the occasion is unclear
    heads = {p.head for p in preps}
    towns = {place for head in heads if (place := find_location(head, [head], names)[0]) is not None
             and place.country and not country_code(place.name)}
    return towns.pop() if len(towns) == 1 else None  # two towns: which one held the occasion is unclear


def day_of_occasion_before(sent: Span) -> str | None:
    """"The teams drew in Y on Sunday. The ministers held talks in a stadium lounge after the match": talks in a
    corner of the occasion, right after it, are on the occasion's day. "Talks resumed on Friday. Leaders of A met
    officials of B": the talks told alone before are the encounter, on their day."""
    talks = sideless_talks_before(sent)
    if talks is not None:
        return find_date([talks], labels=True)
    if sent.start == 0 or not _tells_a_corner(sent) or not any(
            t.lower_ in _AFTER and t.dep_ == "prep" and any(
                o.dep_ == "pobj" and not o.ent_type_ and any(d.lower_ == "the" for d in o.children)
                for o in t.children) for t in sent):
        return None
    return find_date([sent.doc[sent.start - 1].sent.root], labels=True)


def _tells_a_corner(sent: Span) -> bool:
    """"in a stadium lounge", "in a side room": a room told with "a", which only the scene around it places."""
    return any(t.dep_ == "pobj" and t.lower_ in LEX.inner_rooms and t.head.lower_ in ("in", "at")
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) for t in sent)


def _place_of_trip_before(sent: Span, sides: list[Participant], names: NameIndex) -> Location | None:
    before = names.sentence(sent.start - 1)
    trips = [(t, t) for t in before if t.pos_ == "VERB" and t.lemma_.lower() in LEX.travel_verbs]
    trips += [(noun, verb) for noun in before if (verb := trip_taken(noun)) is not None]
    if not trips or _names_a_venue(sent):
        return None
    taken = {p.name for p in sides}
    for trip, verb in trips:
        travellers = [names.participant(s) for s in subjects(verb)]
        if any(c.dep_ == "neg" for c in verb.children) or not any(t and t.name in taken for t in travellers):
            continue
        location, _ = find_location(trip, [trip], names)
        if location is not None:
            return location
    return None


def _names_a_venue(sent: Span) -> bool:
    """"met Z in the capital", "at the club's ground": the sentence gives its own place, even one the
    reader cannot resolve; the trip before does not overrule it."""
    return any(t.dep_ == "pobj" and t.lower_ in _VENUE_WORDS and t.head.lower_ in ("in", "at") for t in sent)
