"""A visit to a country: "on a state visit to X", "during a visit to X", "visited X last week".

A visit to a country is held with that country's government: with no host named, the gold annotations list the
country as the visitor's counterpart, unless the visit is made to attend a gathering there. Sites, regions and
grounds are never such a side. A host named anywhere in the article ("met President Y during the visit") is the
encounter, and the country is only where it took place.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.gazetteer import country_code
from streams.enrich.extractors.meetings.journeys import capital_state, journey_hosts
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.merge import Cluster, compatible, same_party
from streams.enrich.extractors.meetings.names import PERSON, PLACE, NameIndex
from streams.enrich.extractors.meetings.trips import is_trip_abroad
from streams.enrich.extractors.meetings.visited_sites import went_for_talks, went_to_attend
from streams.enrich.model import Participant


def country_visited(noun: Token, names: NameIndex) -> list[Token]:
    """The countries a visit (the noun) goes to; none for a visit made to attend a gathering, unless it is an
    official one or made for talks."""
    return [side for side in _destinations(noun, names) if names.is_country(side)]


def capitals_visited(noun: Token, names: NameIndex) -> list[Participant]:
    """"On a visit to C", C a capital: the gold writes the country the capital stands for, as for a country."""
    return [Participant(name=country, kind="country") for side in _destinations(noun, names)
            if (country := _capital_of(side, names)) is not None]


def _destinations(noun: Token, names: NameIndex) -> list[Token]:
    """The countries and capitals a visit (the noun) goes to, under the guards of `country_visited`."""
    if not (lower_lemma(noun) == "visit" or is_trip_abroad(noun)) or noun.pos_ != "NOUN":
        return []
    official = any(c.dep_ in ("amod", "compound") and c.lower_ in LEX.official_visit_words for c in noun.children)
    made_for = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)  # "paid a visit to X to attend Y"
    if any(went_to_attend(t) for t in made_for) and not (official or went_for_talks(noun)):
        return []
    places = [obj for p in noun.children if p.dep_ == "prep" and p.lower_ == "to" for obj in p.children
              if obj.dep_ == "pobj"] or _where_staying(noun)
    return [side for obj in places
            for side in (obj, *obj.conjuncts) if names.is_country(side) or _capital_of(side, names)]


def _where_staying(noun: Token) -> list[Token]:
    """"will be in X on a visit", "arrived in Y on a two-day visit": a visit that names no destination of its own
    goes where its visitor is; the place hangs on the verb of being there, beside the "on" phrase."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "during") or lower_lemma(prep.head) not in LEX.stay_verbs:
        return []
    if went_to_attend(prep.head):
        return []
    return [obj for p in prep.head.children if p.dep_ == "prep" and p.lower_ == "in" for obj in p.children
            if obj.dep_ == "pobj"]


def _capital_of(place: Token, names: NameIndex) -> str | None:
    if names.label.get(place.i) != PLACE or names.is_country(place):
        return None
    return capital_state(names.name_at(place), place.doc)


def _countries_visited(trigger: Token, names: NameIndex) -> list[Token]:
    """The countries (or capitals) a visit goes to, told by the noun ("a visit to X") or the verb ("visited X")."""
    if trigger.pos_ != "VERB":
        return _destinations(trigger, names)
    if lower_lemma(trigger) != "visit" or went_to_attend(trigger):
        return []
    return [side for obj in trigger.children if obj.dep_ == "dobj"
            for side in (obj, *obj.conjuncts) if names.is_country(side) or _capital_of(side, names)]


def visitors(noun: Token, names: NameIndex) -> list[Token]:
    """"X, on a state visit to Y, said": the clause an "on"/"during" visit phrase sets is the visitor's, or the
    person the phrase hangs on. The small model may hang a lone surname in front as a clause of its own; a
    person so hung is the subject."""
    prep = noun.head
    head = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "during"):
        return []
    if head.lower_ in ("here", "there") and head.dep_ == "advmod":  # "X, here on a visit, said"
        head = head.head
    if names.label.get(head.i) == PERSON:
        return [head]
    if head.pos_ not in ("VERB", "AUX"):
        return []
    return subjects(head) or [c for c in head.children if c.i < prep.i and c.dep_ in ("advcl", "npadvmod", "dep")
                              and names.label.get(c.i) == PERSON]


def without_hosted_visits(clusters: list[Cluster], names: NameIndex) -> list[Cluster]:
    """Drop the visits to a country whose visitor meets a person the visit does not already count."""
    visits = [c for c in clusters if sum(p.kind == "person" for p in c.participants) == 1
              and any(_countries_visited(names.doc[m.trigger], names) or journey_hosts(names.doc[m.trigger])
                      for m in c.mentions)]
    affiliations = names.affiliations()
    return [c for c in clusters if not (c in visits and any(
        other not in visits and _meets_host(other, c, affiliations, _journey_before(c, other, names))
        for other in clusters))]


def _journey_before(visit: Cluster, other: Cluster, names: NameIndex) -> bool:
    """"X arrived in C on Monday. She met Y on Tuesday.": a journey told before the traveller's encounters opens
    the visit they make up, whatever their days."""
    return all(journey_hosts(names.doc[m.trigger]) for m in visit.mentions) and (
        min(m.trigger for m in other.mentions) > max(m.trigger for m in visit.mentions))


def _meets_host(other: Cluster, visit: Cluster, affiliations: dict[str, str], opened: bool = False) -> bool:
    """Whether `other` meets the visitor and a person the visit does not count, as one encounter the visit could
    be. A meeting told in another sentence as held elsewhere, on another day or with another outcome ("met X in Y
    last week" before a visit to Z planned), or a person who acts for another country ("called off a trip to Z"
    for a visit by the leader of W), is not the visit's host; "cancelled a trip to Z to meet X" still names it,
    and so does a journey that `opened` the visit."""
    apart = not {m.sent_start for m in other.mentions} & {m.sent_start for m in visit.mentions}
    if apart and not opened and not all(compatible(other, m) for m in visit.mentions):
        return False
    visited = {p.name for p in visit.participants if p.kind == "country"}
    shares = any(same_party(p, q) for p in other.participants for q in visit.participants)
    return shares and any(p.kind == "person" and not any(same_party(p, q) for q in visit.participants)
                          and not _of_another_country(p, visited, affiliations) for p in other.participants)


def _of_another_country(person: Participant, visited: set[str], affiliations: dict[str, str]) -> bool:
    """A person the cast places in a country the visit does not go to."""
    code = country_code(affiliations.get(person.name, ""))
    return bool(visited) and code is not None and code not in {country_code(v) for v in visited}
