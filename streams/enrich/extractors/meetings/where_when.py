"""Where and when an encounter happened, as written, with the date resolved only when certain.

Both are read from the phrases attached to the trigger, to the verb that holds it ("took
place in Bergen on June 3") and to its participants ("met X in the resort town of Y"), never
from the sentence at large: "said in an interview on Thursday" dates the interview.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Token

from streams.enrich.extractors.meetings.clause import complement_chain, own_clause, says_it_happens
from streams.enrich.extractors.meetings.days import (
    MONTH,
    NUMERIC_DATE,
    WEEKDAYS,
    day_offset,
    names_a_day,
    names_calendar_day,
)
from streams.enrich.extractors.meetings.gazetteer import country_capital, country_code, demonym_capital, place_country
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import ORG, OTHER, PLACE, NameIndex, is_capitalised, strip_possessive
from streams.enrich.extractors.meetings.participants import (
    face_to_face,
    misread_conjunct,
    stranded_conjunct,
    stranded_relatives,
    topic_partners,
)
from streams.enrich.extractors.meetings.postponing import postpones
from streams.enrich.extractors.meetings.status_mode import broken_off_midway, measure_of, scheduled_occurrence
from streams.enrich.model import Location, MeetingStatus

_PLACE_PREPS = ("in", "at")
# phrases whose object may carry the encounter's own place or day: "at a hotel near the airport in X"
_CHAINED_PREPS = ("of", "on", "in", "at", "for", "during", "from", "via", "by", "behind", "near", "outside")
_PARTY_PREPS = ("with", "between", "of", "alongside")
_DATE_PREPS = ("on", "in", "at", "during", "over")  # "over the weekend"
_DATE_DEPS = ("npadvmod", "tmod", "nmod", "compound", "poss")  # "poss": "Tuesday's meeting"
_MAX_DEPTH = 3
_RELATIVE_PRONOUNS = ("that", "which")
_AFTER_PREPS = ("after", "following")  # "agreed on Thursday, after a video call": the same day
_MAX_COMPANIONS = 6
_WHERE_WINDOW = 25
_CAPITAL_SENTENCES = 3  # the sentence of "the capital" and the two before it
_MAX_DAY_WORDS = 4
_DURATION = re.compile(r"^\W*(\d+|two|three|four|five|six|several|few)[\s-]+(year|month|week|day|hour)", re.I)
_MONTHS = {name: i + 1 for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MONTH_WORD = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_MONTH_FIRST = re.compile(rf"\b{_MONTH_WORD}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                          rf"(?:\s*(?:-|–|and|to|&)\s*\d{{1,2}}(?:st|nd|rd|th)?\b)?{_YEAR}")
_DAY_FIRST = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                        rf"(?:\s*(?:-|–|and|to|&)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTH_WORD}\b{_YEAR}")
_ORDINAL_DAY = re.compile(r"(?:on\s+)?the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)")
_EVENT_RELATIVE = re.compile(r"(?:the|that)\s+(?:same\s+|next\s+|following\s+|previous\s+)?day\b", re.I)
_WITHIN_A_DAY = ("hour", "minute", "moment")
_MOMENTS_AWAY = ("shortly", "just", "soon", "immediately", "moments")
_DATE_SLACK = dt.timedelta(days=1)
_SIDED_REACH = dt.timedelta(days=183)


def anchors(trigger: Token, governor: Token | None) -> list[Token]:
    """The trigger, the verb it depends on, the journey it ends ("travelled to X to meet") and the
    people it names, appositions and conjuncts included: "with his counterpart Y in X" puts "in X" on Y."""
    found = [trigger]
    if governor is not None:
        found.append(governor)
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in (
            LEX.occurrence_verbs | LEX.outcome_verbs):  # "the talks collapsed on Tuesday"
        found.append(trigger.head)
    found.extend(scheduled_occurrence(trigger))
    journey = _journey(governor if governor is not None else trigger)
    if journey is not None:
        found.append(journey)
    found.extend(_relative_clause(trigger))
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
    if told.dep_ == "pobj" and told.head.lower_ in _AFTER_PREPS:
        verb = told.head.head
        found.append(verb)
        if verb.dep_ == "xcomp":  # "agreed on Tuesday to share data, after a call"
            found.append(verb.head)
    found.extend(face_to_face(trigger))  # "met X face to face in Y on Monday"
    held = governor if governor is not None else trigger
    if held.dep_ == "xcomp" and held.head.lemma_.lower() in LEX.schedule_words:
        found.append(held.head)  # "is scheduled to hold talks with X, the ..., on May 3": the schedule's day
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
    return found


def _as_planned(verb: Token) -> list[Token]:
    """"met Y as scheduled on Monday", "as planned on Friday": the small model hangs the day on the plan the
    encounter kept, which is the encounter's own."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in LEX.schedule_words
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)]


def _arrival_before(verb: Token) -> list[Token]:
    """"met Y on Monday after landing in X", "after arriving in X": the trip just before sets the place."""
    return [c for p in verb.children if p.dep_ == "prep" and p.lower_ in _AFTER_PREPS
            for c in p.children if c.dep_ == "pcomp" and c.lemma_.lower() in LEX.travel_verbs]


def _schedule_participles(trigger: Token) -> list[Token]:
    """"talks with X, planned for March 20, were scrapped", "the meeting, held on Friday, ...": the participle
    carries the encounter's own date. The small model often hangs a plan's on the counterpart named after the
    trigger, or reads it as a relative clause of that counterpart's ("a meeting with B planned for Friday");
    one that holds the encounter counts there only set off by a comma, as "talks with staff held in the cells"
    holds the staff."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    return [t for t in trigger.subtree if (t.dep_ == "acl" and (t.lemma_.lower() in LEX.schedule_words or (
        t.lemma_.lower() in LEX.holding_verbs and (t.head.i == trigger.i or t.doc[t.i - 1].text == ","))))
        or (t.dep_ == "relcl" and t.lemma_.lower() in LEX.schedule_words and t in stranded_relatives(t.head))]


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
    for token in trigger.doc[trigger.i : min(sent_end, trigger.i + _WHERE_WINDOW)]:
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
    for _ in range(_MAX_DEPTH):
        if node.dep_ not in ("conj", "advcl", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in LEX.travel_verbs or node.lemma_ == "be":  # "were in X on Monday meeting Y"
            return node
    return None


def _where_antecedent(trigger: Token, names: NameIndex) -> Location | None:
    """"a visit to X on Monday, where he met Y", "a trip to X, where she had been due to meet Y": the place
    nearest before "where" is the venue, the encounter told in the clause or as the complement of its plan."""
    chain = [trigger]
    while len(chain) <= _MAX_DEPTH and (chain[-1].dep_ in ("xcomp", "acomp") or (
            chain[-1].dep_ == "dobj" and chain[-1].head.lemma_.lower() in LEX.holding_verbs)):
        chain.append(chain[-1].head)  # "where he was set to hold talks" ("where they discussed a summit" does not)
    where = next((c for t in chain for c in t.children if c.lower_ == "where"), None)
    if where is None or not (chain[-1].dep_ == "relcl" or (
            chain[-1].dep_ == "advcl" and where.i > 0 and trigger.doc[where.i - 1].text == ",")):
        return None  # ", where ..." read as an adverbial clause by the small model is the same relative
    for token in reversed(trigger.doc[max(trigger.sent.start, where.i - _WHERE_WINDOW) : where.i]):
        if names.label.get(token.i) == PLACE or (token.dep_ == "pobj" and _unlabelled_known_place(token, names)):
            return _place(token, names)  # "travel to Bern, where": the destination even when tagged a body
    return None


def _host_place(trigger: Token, names: NameIndex) -> Location | None:
    """"Qatar-hosted talks", "the Geneva-hosted summit": the place that hosts an encounter is where it is held.
    A body as host ("UN-hosted talks") places nothing."""
    for hosted in trigger.children:
        if hosted.dep_ == "amod" and hosted.lemma_.lower() == "host":
            for host in hosted.children:
                if host.dep_ in ("npadvmod", "compound", "nmod") and names.label.get(host.i) == PLACE and (
                        location := _place(host, names)) is not None:
                    return location
    return None


def _prep_objects(token: Token, depth: int = 0) -> Iterator[tuple[str, Token, int]]:
    """(preposition, object, depth), following "on the sidelines of the X summit (hosted) in Y" chains and the
    phrases the small model hangs on a channel, a meal or a manner ("via video link on Monday", "over lunch in
    X", "behind closed doors in X")."""
    if depth > _MAX_DEPTH:
        return
    for child in token.children:
        if child.dep_ == "acl" and depth > 0:
            yield from _prep_objects(child, depth + 1)
        elif child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                yield child.lower_, obj, depth
                if child.lower_ in _CHAINED_PREPS or (child.lower_ == "over" and (  # "over dinner/the weekend in X"
                        obj.lower_ in LEX.encounter_meals or obj.ent_type_ == "DATE")):
                    yield from _prep_objects(obj, depth + 1)


def find_location(trigger: Token, points: list[Token], names: NameIndex) -> tuple[Location | None, int]:
    """Best place and its distance from the trigger (0 = attached directly), or (None, large).

    A known city or country beats an unknown place at the same distance or one step further:
    "at the X Palace in Y" is reported as Y, the way readers and the annotations name places.
    """
    antecedent = _where_antecedent(trigger, names)
    best: tuple[Location | None, int] = (antecedent, 1) if antecedent else (None, 99)
    for point in points:
        for location, depth in _places_at(point, names):
            if best[0] is None or _rank(location, depth) < _rank(best[0], best[1]):
                best = (location, depth)
    return best


def _rank(location: Location, depth: int) -> tuple[int, int]:
    return (depth if location.country else depth + 2, depth)


def _places_at(point: Token, names: NameIndex) -> Iterator[tuple[Location, int]]:
    travel = point.lemma_.lower() in LEX.travel_verbs
    preps = _PLACE_PREPS + (("to",) if travel else ())
    if travel and point.pos_ in ("VERB", "AUX"):
        for child in point.children:
            if child.dep_ == "dobj" and (location := _place(child, names)) is not None:
                yield location, 0
    if (hosting := _host_place(point, names)) is not None:
        yield hosting, 0
    for prep, obj, depth in _prep_objects(point):
        if (hosting := _host_place(obj, names)) is not None:
            yield hosting, depth
        elif prep in ("at", "of") and (location := _town_of_occasion(obj, names)) is not None:
            yield location, depth + 1  # "on the sidelines of the Munich Security Conference": a named town beats it
        elif prep in preps and (location := _place(obj, names) or (_venue(obj, names) if prep != "in" else None)):
            yield location, depth
        elif prep in _PLACE_PREPS and (location := _common_venue(obj, names, owned=prep == "in")) is not None:
            yield location, depth + 1  # a named place told as near beats it


def _common_venue(token: Token, names: NameIndex, owned: bool = False) -> Location | None:
    """"at the town hall", "at the club's training ground", "at its headquarters": a venue told without a
    name is still where the sides met; one with "a" ("at a hotel") says too little, and one owned by a place
    ("at Oslo's city hall", "at the Oslo offices of X", "at Peru's embassy") is that town's or nowhere the
    sides can be placed. With `owned` (after "in": "in the Legislature chamber", not "in the office") only a venue
    a named body owns counts."""
    if token.pos_ != "NOUN" or token.lower_ not in LEX.common_venues or token.i in names.label:
        return None
    if any(names.label.get(t.i) == PLACE for t in token.doc[token.left_edge.i : token.i]):
        return _town_of(token, names)
    if owned and not any(c.dep_ in ("compound", "poss") and names.label.get(c.i) == ORG for c in token.children):
        return None
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in token.children):
        return None
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.lower_ != "the"]
    return Location(name="".join(t.text_with_ws for t in words).strip(), country=None)


def _town_of_occasion(token: Token, names: NameIndex) -> Location | None:
    """"at the Davos forum", "at the Cannes film festival", "the Munich Security Conference": an occasion named
    after a town is held in it. A country in the name is more often the topic ("the Kenya investment forum")."""
    if token.lower_ not in LEX.town_occasions:
        return None
    first = next((t for t in token.doc[token.left_edge.i : token.i] if t.lower_ != "the"), None)
    if first is None or not is_capitalised(first):
        return None
    end = names.span_of.get(first.i, (first.i, first.i + 1))[1]
    if names.label.get(first.i) != PLACE or end > token.i:  # "the Venice Biennale" told as one name
        end = first.i + 1
    name = strip_possessive(token.doc[first.i:end].text)
    code = place_country(name)
    return Location(name=name, country=code) if code and country_code(name) is None else None


def _venue(token: Token, names: NameIndex) -> Location | None:
    """"at the Department for Transport", "at the Federal Chancellery": an institution's seat as the venue. A
    name the model calls neither a body nor a place ("at Riverside Stadium" read as an event) is a venue when
    its head word is one."""
    label = names.label.get(token.i)
    if label is None and token.pos_ == "PROPN" and token.lower_ in LEX.venue_words:
        words = [c for c in token.lefts if c.dep_ == "compound" and is_capitalised(c)]
        return Location(name=" ".join(t.text for t in [*words, token]), country=None)  # "at Downing Street"
    if label != ORG and not (label == OTHER and token.lower_ in LEX.venue_org_heads):
        return None
    start, end = names.span_of.get(token.i, (token.i, token.i + 1))
    words = [t for t in token.doc[start:end] if not (t.i == start and t.lower_ == "the")]
    if not any(t.lower_ in LEX.venue_org_heads for t in words):
        return None
    name = strip_possessive("".join(t.text_with_ws for t in words).strip())
    return (_town_inside(name) or Location(name=name, country=None)) if name else None


def _town_inside(name: str) -> Location | None:
    """One entity "the Presidential Palace in Y": the town, as places are reported."""
    town = name.rsplit(" in ", 1)[-1] if " in " in name else None
    code = place_country(town) if town else None
    return Location(name=town, country=code) if town and code else None


def _place(token: Token, names: NameIndex, depth: int = 0) -> Location | None:
    if depth > _MAX_DEPTH:
        return None
    if names.label.get(token.i) == PLACE or _unlabelled_known_place(token, names):
        start, end = names.span_of.get(token.i, (token.i, token.i + 1))
        words = [t for t in token.doc[start:end] if not (t.i == start and t.lower_ == "the")]
        name = strip_possessive("".join(t.text_with_ws for t in words).strip())
        if not name:
            return None
        town = _town_inside(name)
        if town is not None:
            return town
        if token.ent_type_ == "FAC" or not place_country(name):
            inner = _inner_place(token, names, depth)
            if inner is not None:
                return inner
        return Location(name=name, country=place_country(name))
    if token.lower_ in LEX.place_nouns:
        return _inner_place(token, names, depth) or _capital_of(token, names) or _town_of(token, names)
    if token.lower_ in LEX.venue_words:
        return _town_of(token, names)
    return None


def _town_of(token: Token, names: NameIndex) -> Location | None:
    """"Oslo's city hall", "the town's main square", "the Oslo headquarters of X": the town that owns the venue.
    A country's building ("the country's embassy") is usually abroad, so only a town counts."""
    for child in token.children:
        if child.dep_ in ("poss", "compound") and names.label.get(child.i) == PLACE:
            town = strip_possessive(names.doc[names.span_of.get(child.i, (child.i, child.i + 1))[0]:child.i + 1].text)
            code = place_country(town)
            if code and country_code(town) is None:
                return Location(name=town, country=code)
    return None


def _unlabelled_known_place(token: Token, names: NameIndex) -> bool:
    """"in Copenhagen" tagged as an organisation, "in Tunis" as a language or a people: a one-word name the
    gazetteer knows is a place here (a language or nationality word is no town the gazetteer knows)."""
    if names.label.get(token.i) not in (None, ORG, OTHER) or not is_capitalised(token) or token.pos_ != "PROPN":
        return False
    start, end = names.span_of.get(token.i, (token.i, token.i + 1))
    return end - start == 1 and place_country(token.text) is not None


def _inner_place(token: Token, names: NameIndex, depth: int) -> Location | None:
    """"the city of Y", "the capital, Y", "the palace in Y": the named place inside the phrase."""
    for child in token.children:
        if child.dep_ == "appos":
            found = _place(child, names, depth + 1)
            if found is not None:
                return found
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None and (found := _place(inner, names, depth + 1)) is not None:
                return found
    return None


def _capital_of(token: Token, names: NameIndex) -> Location | None:
    """"Iraq's capital": the gazetteer knows the capital of every country."""
    if token.lower_ != "capital":
        return None
    for child in token.children:
        if child.dep_ == "amod" and (city := demonym_capital(child.text)):  # "the Belgian capital"
            return Location(name=city, country=place_country(city))
        if child.dep_ == "poss" and names.label.get(child.i) == PLACE:
            city = country_capital(strip_possessive(names.doc[names.span_of[child.i][0]:child.i + 1].text))
            if city:
                return Location(name=city, country=place_country(city))
    return _capital_of_country_before(token, names)


def _capital_of_country_before(token: Token, names: NameIndex) -> Location | None:
    """"X arrived in Kenya on Monday. She met Y in the capital": a bare "the capital" is the capital of the
    country the story last named, when the last place it named is that country."""
    if any(c.dep_ != "det" for c in token.children if c.i < token.i):
        return None
    floor = names.sent_starts[max(0, bisect_right(names.sent_starts, token.i) - _CAPITAL_SENTENCES)]
    place = next((t for t in reversed(token.doc[floor : token.i]) if names.label.get(t.i) == PLACE), None)
    if place is None:
        return None
    start, end = names.span_of.get(place.i, (place.i, place.i + 1))
    city = country_capital(strip_possessive(names.doc[start:end].text.removeprefix("the ")))
    return Location(name=city, country=place_country(city)) if city else None


def find_date(points: list[Token], labels: bool) -> str | None:
    """The date phrase attached to the trigger or its verb, as written. "was called off on Monday" dates the
    decision, not the encounter: a date on a cancelling or postponing verb (other than the trigger), before or
    after it, is the decision's ("X on Monday postponed talks that had been set for Friday" were set for
    Friday); one between the encounter told as its subject and the verb ("the meeting with X on Friday was
    cancelled", which the small model hangs on the verb) still dates the meeting. With `labels`, a day that
    owns the encounter ("Monday's talks with X") dates it too; a mention that names no sides leaves such a
    label to `period`, which places it inside the period the story announced. A day told only against another
    event ("the day before the vote") is kept for when nothing else dates the encounter. Among the phrases on
    one word, a day beats a period: "for the second time this week on Tuesday" was on Tuesday."""
    fallback = None
    for point in points:
        decision = point.i != points[0].i and point.pos_ in ("VERB", "AUX") and _calls_off(point) and (
            not broken_off_midway(point))
        period = None
        for token in _date_candidates(point):
            if (decision and not points[0].i < token.i < point.i) or (token.dep_ == "poss" and not labels):
                continue
            text = date_entity(token) or _unlabelled_day(token)
            if text and token.dep_ == "poss":
                text = strip_possessive(text)  # "next week's summit"
            if text and _EVENT_RELATIVE.match(text):
                fallback = fallback or text
            elif text and names_a_day(text):
                return text
            elif text:
                period = period or text
        if period:
            return period
    return fallback


def _calls_off(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma in LEX.cancel_words or postpones(verb)


def _unlabelled_day(token: Token) -> str | None:
    """"late last night", "yesterday" left untagged by the model: a bare time adverbial naming a day; "on the
    3rd", tagged as an ordinal, names a day of the month."""
    if token.ent_type_ == "ORDINAL" and token.dep_ == "pobj" and token.head.lower_ == "on":
        text = token.doc[token.left_edge.i : token.i + 1].text
        return text if _ORDINAL_DAY.fullmatch(text.lower()) else None
    if token.ent_type_ or token.dep_ not in ("npadvmod", "tmod"):
        return None
    text = token.doc[token.left_edge.i : token.right_edge.i + 1].text.strip()
    return text if names_a_day(text) and len(text.split()) <= _MAX_DAY_WORDS else None


def _date_candidates(point: Token) -> Iterator[Token]:
    for child in point.children:
        if child.dep_ in _DATE_DEPS or (child.dep_ == "advmod" and child.lower_ == "ago"):  # "two days ago"
            yield child
        elif child.dep_ == "advmod":  # "late on Wednesday", "early on Monday": the day hangs on the adverb
            yield from (obj for prep in child.children if prep.dep_ == "prep" and prep.lower_ in _DATE_PREPS
                        for obj in prep.children if obj.dep_ == "pobj")
    yield from _same_day_event(point)
    for prep, obj, _ in _prep_objects(point):
        if prep in _DATE_PREPS or (prep == "for" and point.lemma_.lower() in LEX.schedule_words):  # "set for May 3"
            yield obj
        yield from (c for c in obj.children if c.dep_ in ("npadvmod", "tmod"))


def _same_day_event(point: Token) -> Iterator[Token]:
    """"met X hours after the vote on Monday", "shortly before the final on Saturday": an event told as hours
    or moments away shares its day with the encounter."""
    for prep in point.children:
        if prep.dep_ == "prep" and prep.lower_ in (*_AFTER_PREPS, "before") and any(
                (c.dep_ == "npadvmod" and c.lemma_.lower() in _WITHIN_A_DAY) or (
                    c.dep_ == "advmod" and c.lower_ in _MOMENTS_AWAY) for c in prep.children):
            yield from (o for obj in prep.children if obj.dep_ == "pobj" for p in obj.children
                        if p.dep_ == "prep" and p.lower_ in _DATE_PREPS for o in p.children if o.dep_ == "pobj")


def date_entity(token: Token) -> str | None:
    if token.ent_type_ not in ("DATE", "TIME"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].ent_type_ == token.ent_type_ and doc[start].ent_iob_ != "B":
        start -= 1
    while start > 0 and token.ent_type_ == "TIME" and doc[start - 1].ent_type_ == "DATE":
        start -= 1  # "on Wednesday evening" is tagged as a date followed by a time: one phrase
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while start > 0 and doc[start - 1].ent_type_ in ("DATE", "TIME") and start <= doc[start - 1].head.i < end:
        start -= 1  # "late Monday | night" tagged as two phrases of one noun phrase
    if token.ent_type_ == "TIME" and end < len(doc) and doc[end - 1].lower_ == "of" and doc[end].ent_type_ == "DATE":
        end += 1  # "the early hours of | Monday": a time of a day, tagged as two phrases
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    text = doc[start:end].text.strip()
    if _DURATION.match(text) and not text.lower().endswith("ago"):  # "two days", not "two days ago"
        return None
    if token.ent_type_ == "TIME" and not any(w in text.lower() for w in (*LEX.day_words, *WEEKDAYS)):
        return None  # "at 4pm" names no day; "in the early hours of Wednesday" does
    if place_country(text) and not MONTH.search(text):
        return None  # "in Manchester" mistagged as a date: a known place is no date (the month "March" is)
    return text or None


def resolve_date(text: str, published: dt.date | None, status: MeetingStatus | None) -> str | None:
    """ISO date only when the phrase names one day with certainty; None for "in November"."""
    lower = text.lower().strip()
    if published is None:
        return _full_date(lower)
    try:
        day = _relative_day(lower, published, status)
        if day is None and names_calendar_day(lower):
            day = _month_day(lower, published, status)
            if day is None and NUMERIC_DATE.search(lower):
                day = _parse_numeric_date(text, published)
        if day is None:
            day = _ordinal_day(lower, published, status)
    except OverflowError:  # a publication date at the calendar's edge: "tomorrow" of year 9999
        return None
    return day.isoformat() if day else None


def _ordinal_day(lower: str, published: dt.date, status: MeetingStatus | None) -> dt.date | None:
    """"on the 20th": that day of the month of publication, or of the month next to it on the side the
    status points to (ahead for plans, behind for reports)."""
    match = _ORDINAL_DAY.fullmatch(lower)
    if match is None:
        return None
    number = int(match["day"])
    months = [(published.year - (published.month == 1), (published.month - 2) % 12 + 1),
              (published.year, published.month),
              (published.year + (published.month == 12), published.month % 12 + 1)]
    days = [d for year, month in months if (d := _safe_date(year, month, number)) is not None]
    if _looks_ahead(status):
        return min((d for d in days if d >= published), default=None)
    if status == "held":
        return max((d for d in days if d <= published), default=None)
    return min(days, key=lambda d: abs(d - published), default=None)


def _full_date(lower: str) -> str | None:
    """"October 4, 2019" is certain without a publication date; a weekday or yearless date is not."""
    match = _MONTH_FIRST.search(lower) or _DAY_FIRST.search(lower)
    if match is None or not match["year"] or (month := _MONTHS.get(match["month"][:3])) is None:
        return None
    day = _safe_date(int(match["year"]), month, int(match["day"]))
    return day.isoformat() if day else None


def _looks_ahead(status: MeetingStatus | None) -> bool:
    """A cancelled encounter was planned: its weekday or yearless date lies ahead of publication."""
    return status in ("planned", "cancelled")


def _relative_day(lower: str, published: dt.date, status: MeetingStatus | None) -> dt.date | None:
    offset = day_offset(lower)
    if offset is not None:
        return _shifted(published, offset)
    weekday = next((i for i, name in enumerate(WEEKDAYS) if name in lower), None)
    if weekday is None or names_calendar_day(lower):
        return None
    ahead = (weekday - published.weekday()) % 7
    behind = (published.weekday() - weekday) % 7
    if re.search(r"\b(last|next)\s+week\b", lower):  # "Tuesday last week": that day of the week before
        weeks = -1 if "last week" in lower else 1
        return _shifted(published, weekday - published.weekday() + 7 * weeks)
    if "next" in lower:
        return _shifted(published, ahead or 7)
    if "last" in lower:
        return _shifted(published, -(behind or 7))
    if _looks_ahead(status):
        return _shifted(published, ahead)
    return _shifted(published, -behind)


def _shifted(day: dt.date, days: int) -> dt.date | None:
    """`day` moved by `days`, or None past the calendar's ends (a valid `published_at` of 9999-12-31)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _month_day(lower: str, published: dt.date, status: MeetingStatus | None) -> dt.date | None:
    """"March 16 and 17", "16-17 March", "March 2, 2025": the first day named. Without a year, the
    year that puts the day on the right side of publication (ahead for plans, behind for reports)
    within half a year; else the nearest one, as a wrong status is likelier than a year-old report."""
    match = _MONTH_FIRST.search(lower) or _DAY_FIRST.search(lower)
    if match is None:
        return None
    month = _MONTHS.get(match["month"][:3])
    day = int(match["day"])
    if month is None:
        return None
    if match["year"]:
        return _safe_date(int(match["year"]), month, day)
    candidates = [d for year in (published.year - 1, published.year, published.year + 1)
                  if (d := _safe_date(year, month, day)) is not None]
    nearest = min(candidates, key=lambda d: abs(d - published), default=None)
    if status is None:
        return nearest
    if _looks_ahead(status):
        sided = min((d for d in candidates if d - published >= -_DATE_SLACK), default=None)
    else:
        sided = max((d for d in candidates if d - published <= _DATE_SLACK), default=None)
    return sided if sided is not None and abs(sided - published) <= _SIDED_REACH else nearest


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_numeric_date(text: str, published: dt.date) -> dt.date | None:
    import dateparser  # slow to import; most articles never need it

    base = dt.datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(
        NUMERIC_DATE.search(text)[0],  # type: ignore[index]
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "current_period",
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    return parsed.date() if parsed else None
