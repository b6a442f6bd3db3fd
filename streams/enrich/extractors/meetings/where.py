"""Where an encounter happened, as written: the best place among the phrases on its anchors.

A known city or country beats an unknown place at the same distance or one step further, the way readers and
the annotations name places.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from streams.enrich.extractors.meetings.departures import departs_for
from streams.enrich.extractors.meetings.filed_here import place_here
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import PLACE, NameIndex
from streams.enrich.extractors.meetings.phrases import MAX_DEPTH, WHERE_WINDOW, prep_objects
from streams.enrich.extractors.meetings.place import named_place, unlabelled_known_place
from streams.enrich.extractors.meetings.site_owners import site_owner
from streams.enrich.extractors.meetings.venues import common_venue, town_of_occasion, venue
from streams.enrich.extractors.meetings.visited_sites import visited_object
from streams.enrich.model import Location

_PLACE_PREPS = ("in", "at")


def find_location(trigger: Token, points: list[Token], names: NameIndex) -> tuple[Location | None, int]:
    """Best place and its distance from the trigger (0 = attached directly), or (None, large).

    A known city or country beats an unknown place at the same distance or one step further:
    "at the X Palace in Y" is reported as Y, the way readers and the annotations name places.
    """
    antecedent = _where_antecedent(trigger, names)
    best: tuple[Location | None, int] = (antecedent, 1) if antecedent else (None, 99)
    other = _other_predicates(points)
    placed = [(location, depth + (point.i in other))
              for point in points for location, depth in _places_at(point, names)]
    for location, depth in [*_destination(trigger, names), *placed]:
        if best[0] is None or _rank(location, depth) < _rank(best[0], best[1]):
            best = (location, depth)
    return best


def _other_predicates(points: list[Token]) -> set[int]:
    """The verbs an anchor is conjoined to ("is in the region on a tour and will meet Y in Z", "visited X and met
    Y at Z"): the other predicate tells where the side was, the encounter's own phrases where it met, so at equal
    distance the encounter's own place wins; with none of its own, the other predicate's still places it."""
    return {p.head.i for p in points if p.dep_ == "conj" and p.head.i != p.i}


def _destination(trigger: Token, names: NameIndex) -> Iterator[tuple[Location, int]]:
    """"led a delegation to X for talks with Y", "sent an envoy to X for talks": whoever goes, or is sent or led,
    to a place for talks meets there, whatever the verb of going ("travelled to X" is read as a trip anyway)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return
    verb = trigger.head.head
    for depth, holder in enumerate((verb, *(c for c in verb.children if c.dep_ == "dobj"))):
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (location := named_place(obj, names)) is not None:
                        yield location, min(depth, 1)


def _where_antecedent(trigger: Token, names: NameIndex) -> Location | None:
    """"a visit to X on Monday, where he met Y", "a trip to X, where she had been due to meet Y": the place
    nearest before "where" is the venue, the encounter told in the clause or as the complement of its plan."""
    chain = [trigger]
    while len(chain) <= MAX_DEPTH and (chain[-1].dep_ in ("xcomp", "acomp") or (
            chain[-1].dep_ == "dobj" and chain[-1].head.lemma_.lower() in LEX.holding_verbs)):
        chain.append(chain[-1].head)  # "where he was set to hold talks" ("where they discussed a summit" does not)
    where = next((c for t in chain for c in t.children if c.lower_ == "where"), None)
    if where is None or not (chain[-1].dep_ == "relcl" or (
            chain[-1].dep_ == "advcl" and where.i > 0 and trigger.doc[where.i - 1].text == ",")):
        return None  # ", where ..." read as an adverbial clause by the small model is the same relative
    for token in reversed(trigger.doc[max(trigger.sent.start, where.i - WHERE_WINDOW) : where.i]):
        if names.label.get(token.i) == PLACE or (token.dep_ == "pobj" and unlabelled_known_place(token, names)):
            return named_place(token, names)  # "travel to Bern, where": the destination even when tagged a body
    return None


def _host_place(trigger: Token, names: NameIndex) -> Location | None:
    """"Qatar-hosted talks", "the Geneva-hosted summit": the place that hosts an encounter is where it is held.
    A body as host ("UN-hosted talks") places nothing."""
    for hosted in trigger.children:
        if hosted.dep_ == "amod" and hosted.lemma_.lower() == "host":
            for host in hosted.children:
                if host.dep_ in ("npadvmod", "compound", "nmod") and names.label.get(host.i) == PLACE and (
                        location := named_place(host, names)) is not None:
                    return location
    return None


def _rank(location: Location, depth: int) -> tuple[int, int]:
    return (depth if location.country else depth + 2, depth)


def _places_at(point: Token, names: NameIndex) -> Iterator[tuple[Location, int]]:
    travel = point.lemma_.lower() in LEX.travel_verbs
    preps = _PLACE_PREPS + (("to",) if travel else ()) + (("for",) if departs_for(point) is not None else ())
    if travel and point.pos_ in ("VERB", "AUX"):
        for child in point.children:
            site = visited_object(point, child)  # "X, which she visited": X
            if child.dep_ == "dobj" and (location := named_place(site, names) or venue(site, names)) is not None:
                yield location, 0  # "visited the X Museum and met its director": met at the museum
            elif child.dep_ == "dobj" and site_owner(point, site, names) is not None:
                yield Location(name=names.name_at(site)), 0  # "visited X's Y smelter": at the site, as written
    if (hosting := _host_place(point, names)) is not None:
        yield hosting, 0
    if (home := place_here(point)) is not None:
        yield home, 0
    for prep, obj, depth in prep_objects(point):
        if (home := place_here(obj)) is not None:
            yield home, depth  # "at a committee meeting here"
        if (hosting := _host_place(obj, names)) is not None:
            yield hosting, depth
        elif prep in ("at", "of") and (location := town_of_occasion(obj, names)) is not None:
            yield location, depth + 1  # "on the sidelines of the Munich Security Conference": a named town beats it
        elif prep in preps and (location := named_place(obj, names) or (venue(obj, names) if prep != "in" else None)):
            yield location, depth
        elif prep in _PLACE_PREPS and (location := common_venue(obj, names, owned=prep == "in")) is not None:
            yield location, depth + 1  # a named place told as near beats it
