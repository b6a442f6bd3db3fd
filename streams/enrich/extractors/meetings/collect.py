"""Turns every trigger of an article into a Mention: participants, place, date, status, mode."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from streams.enrich.cast import cast_of
from streams.enrich.extractors.meetings.addressed_body import speakers_to_session
from streams.enrich.extractors.meetings.anchors import anchors
from streams.enrich.extractors.meetings.backers import backers_across
from streams.enrich.extractors.meetings.backstop import encounter_hashes, find_encounters
from streams.enrich.extractors.meetings.body_session import names_a_sitting, session_body, sitting_mode
from streams.enrich.extractors.meetings.coordination import add_coordinated
from streams.enrich.extractors.meetings.day_label import day_label
from streams.enrich.extractors.meetings.detect import TRIGGER_HASHES, Trigger, find_triggers, positions_of
from streams.enrich.extractors.meetings.fixtures import teams_play
from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.governing import governing_verb
from streams.enrich.extractors.meetings.group_session import (
    envoys_of_a_group,
    group_named_before,
    members_before,
    members_meeting_day,
    named_for_description,
    reporting_attendee,
    session_of_group,
)
from streams.enrich.extractors.meetings.group_talks import is_talks_trigger
from streams.enrich.extractors.meetings.invitations import asked_for, invitation_sides, invited, inviters
from streams.enrich.extractors.meetings.iso_date import resolve_date
from streams.enrich.extractors.meetings.journeys import planned_journey
from streams.enrich.extractors.meetings.judged import came_before
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.mention import Mention
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.no_counterpart import tells_no_counterpart
from streams.enrich.extractors.meetings.ongoing import is_under_way
from streams.enrich.extractors.meetings.own_body import organ_met_alone, own_organ_in_session
from streams.enrich.extractors.meetings.participants import find_parties
from streams.enrich.extractors.meetings.parties import Parties
from streams.enrich.extractors.meetings.received import receives_a_thing
from streams.enrich.extractors.meetings.relations import (
    also_another,
    arrival_ahead_of,
    brought,
    brought_for,
    counted_countries,
    earlier_round,
    follows_another,
    guest_or_host,
    invitee,
    is_companion,
    is_repeat,
    joined_by,
    left_before_it_began,
    left_while_under_way,
    nationality_sides,
    people_named_next,
    people_present,
    role_named_later,
    said_to_include,
    sides_named_before,
    sides_on_its_verb,
    time_clause_verb,
    trip_for,
    walked_out,
    withdrew,
)
from streams.enrich.extractors.meetings.reschedule import find_postponement
from streams.enrich.extractors.meetings.retold import RETOLD_DEPTH, day_told_after, place_told_after, retellings
from streams.enrich.extractors.meetings.roll_call import roll_call
from streams.enrich.extractors.meetings.round_set import rounds_set_after
from streams.enrich.extractors.meetings.scene import SCENE_DEPTH, day_of_occasion_before, place_before
from streams.enrich.extractors.meetings.status_mode import (
    acting_apart,
    anticipating_verb,
    find_mode,
    find_status,
    is_negated,
    occurrence_path,
)
from streams.enrich.extractors.meetings.summons import summoned
from streams.enrich.extractors.meetings.summons_reading import summons_reading
from streams.enrich.extractors.meetings.taking_part import is_attended
from streams.enrich.extractors.meetings.told_elsewhere import named_in, sides_told_elsewhere
from streams.enrich.extractors.meetings.turned_down import is_turned_down, offers_turned_down, suggestion_turned_down
from streams.enrich.extractors.meetings.when import date_entity, find_date, last_met_since
from streams.enrich.extractors.meetings.where import find_location
from streams.enrich.model import DateRef, Participant

_WEAK_NOUNS_PENALTY = 0.1
_DETAIL_BONUS = 0.05
_COMPANION_STRENGTH = 0.3
_MIN_SIDES = 2
_BODY_PEOPLE = ("member", "staff", "employee")
_MAIN_CLAUSE = ("ROOT", "conj", "ccomp")


def trigger_sentences(doc: Doc) -> tuple[list[tuple[Span, list[Trigger]]], list[Span]]:
    """Only sentences with a trigger word are parsed further: most of an article is skipped. Returns the
    sentences with specific triggers, and those with an encounter word but none (for the backstop)."""
    found, quiet = [], []
    specific, broad = positions_of(doc, TRIGGER_HASHES, encounter_hashes())
    for sent in doc.sents:
        triggers = find_triggers(sent) if _holds(specific, sent) else []
        if triggers:
            found.append((sent, triggers))
        elif _holds(broad, sent):
            quiet.append(sent)
    return found, quiet


def backstop_sentences(quiet: list[Span], names: NameIndex) -> list[tuple[Span, list[Trigger]]]:
    """The encounters the backstop reads in the sentences the specific detectors passed over, and the offers
    there that were turned down."""
    return [(sent, triggers) for sent in quiet
            if (triggers := find_encounters(sent, names) or offers_turned_down(sent))]


def _holds(positions: list[int], sent: Span) -> bool:
    k = bisect_left(positions, sent.start)
    return k < len(positions) and positions[k] < sent.end


def build_mention(
    sent: Span, trigger: Trigger, names: NameIndex, published: dt.date | None
) -> Mention | None:
    token = trigger.token
    if receives_a_thing(token, trigger.kind, names):
        return None
    parties = find_parties(trigger, names)
    body = session_body(token, trigger.kind, names)  # "the council meets on Tuesday": the body's own session
    governor = _governor(token, trigger.kind, parties, names)
    leaver = walked_out(token)
    repeat, extends = _widen_parties(token, governor, leaver, parties, names)
    bare_talks = False
    if not (body or parties.named or parties.plural or parties.anaphoric or repeat or group_named_before(token) or (
            members_before(token))):
        if not sides_told_elsewhere(token):
            return None
        bare_talks = True
        parties.plural = True  # "when talks broke down": the sides the article told last, failing an event

    if is_negated(token, governor) or teams_play(token, parties.named) or suggestion_turned_down(token, sent):
        return None
    named = parties.named
    if (body is None and (own_organ_in_session(token, named) or organ_met_alone(token))) or (
            tells_no_counterpart(token, named)):
        return None
    points = anchors(token, governor)
    clause = time_clause_verb(token)
    if clause is not None:
        points.append(clause)
    under_way = left_while_under_way(leaver)
    if under_way:
        points.append(leaver)  # "walked out of talks with X on Tuesday": the day it broke up
    is_visit = token.lemma_.lower() == "visit"
    location, depth = find_location(token, points, names)
    arrival = arrival_ahead_of(token)
    own_points = [p for p in points if arrival is None or p.i != arrival.i]  # the arrival's day is not the talks'
    date_text = find_date(own_points, labels=len(parties.named) >= _MIN_SIDES or body is not None)
    if date_text is None and (day := members_meeting_day(token)) is not None:
        date_text = date_entity(day)
    if date_text is None and (parties.named or body is not None or group_named_before(token) is not None):
        date_text = day_label(token)  # "Monday's Group of Ten meeting": the day heads the session's own phrase
    apart = acting_apart(token)  # "after her talks with X, Y postponed the vote" puts off something else
    postponed = find_postponement(token, [t for t in occurrence_path(token, governor) if t.i not in apart])
    if postponed is not None:
        status = "planned" if postponed.new_date else "cancelled"
        date_text = postponed.new_date or date_text
    elif leaver is not None and left_before_it_began(leaver):
        status = "cancelled"
    elif under_way or is_under_way(token):
        status = "held"
    elif is_turned_down(token, sent):
        status = "cancelled"  # "was willing to meet X at the summit. X ruled out any talks"
    else:
        status = find_status(token, governor, date_text)
        if withdrew(leaver) and (status == "planned" or leaver.tag_ in ("VBD", "VBN")):
            status = "cancelled"  # "pulled out of talks with X", "withdrew from the summit": not there with X
        elif status in ("held", None) and (arrival is not None or planned_journey(token)):
            status = "planned"
        elif status == "planned" and came_before(token, date_text):
            status = "held"  # "could sign after a productive meeting with X": the plan is what follows it
        elif status in ("held", None) and asked_for(token, governor):
            status = "planned"  # "accepted an invitation to talks": the talks come after the invitation
    summons_status, summons_mode = summons_reading(token)
    status = summons_status or status
    if date_text is None and status in ("held", None):
        date_text = day_of_occasion_before(sent)
    date = None
    if date_text:
        date = DateRef(text=date_text, iso=resolve_date(date_text, published, status,
                                                        behind=last_met_since(own_points, date_text)))
    if status is None and date is None and location is None and quoted_aside(token):
        return None  # "patience is our rule in the talks with X," she said: talks spoken of, none reported
    mode_cue = summons_mode or find_mode(token, sent)
    if location is None and (location := place_before(sent, parties.named, mode_cue, names)):
        depth = SCENE_DEPTH
    start, end = _stripped(sent)
    session = session_of_group(token, parties.named)
    if body is not None or session is not None or names_a_sitting(token):
        mode_cue = sitting_mode(mode_cue)
    if session is not None and not session.name.islower():
        body = None  # "the meeting of the eight-nation X Council": the named group's session, as the group reads it
    # a body's session keeps the people told at it ("The board met." "X briefed the board.")
    named_people = [p for p in parties.named if p.kind == "person" and p.name != p.title]
    sides = [body, *named_people] if body else [session] if session else parties.named
    if body is None and session is not None and session.name.islower():
        session = named_for_description(session, names)
        attendee = reporting_attendee(token, names) if not session.name.islower() else None
        sides = [session, attendee] if attendee else [session]
    undated = date is None or date.iso is None
    told = retellings(sent, [s for s in sides if s is not None], date_text, names) if (
        location is None or undated) else []  # a later telling is read only for what the first one lacks
    if status == "planned" and (location is None or undated):
        told += rounds_set_after(sent, token, [s for s in sides if s is not None], names)
    if location is None and (location := place_told_after(told, mode_cue and mode_cue.mode, names)):
        depth = RETOLD_DEPTH
    if undated and (day := day_told_after(told)) and (
            iso := resolve_date(day, published, status)):
        date = DateRef(text=day, iso=iso)  # "next week" told again as "on Monday"
    # "farm ministers", not "the Group of Ten"
    unnamed = body is None and session is not None and session.name.islower()
    mention = Mention(
        trigger=token.i,
        sent_start=start,
        sent_end=end,
        participants=sides,
        plural_anaphor=parties.plural and session is None and body is None,
        anaphoric=unnamed or (session is None and body is None and (
            parties.anaphoric or (parties.plural and len(parties.named) < 2) or _told_by_role(token, parties.named)
            or extends or _attended_it(token, trigger.kind))),
        distinct=parties.distinct or also_another(token, trigger.kind, governor),
        needs_protagonist=parties.needs_protagonist,
        reported=parties.reported,
        one_at_told=_one_at_it(token, parties.named),
        among_themselves=session is not None or body is not None or _among_themselves(
            token, governor, parties.named, names),
        unnamed_session=unnamed,
        attendees=parties.attendees or is_companion(token),
        repeat=repeat,
        joins_only=is_companion(token),
        bystanders=roll_call(token) is not None,
        location=location,
        location_depth=depth,
        date=date,
        status=status,
        mode_cue=mode_cue,
    )
    if mention.plural_anaphor and len(mention.participants) < 2:
        people = [] if names.firms_told(token.i) else names.group_antecedent(token.i)
        mention.antecedents = (people or role_named_later(token, names) or sides_named_before(token, names)
                               or people_named_next(token, names))
        if bare_talks and not (mention.antecedents and all(p.name in named_in(sent, names)
                                                           for p in mention.antecedents)):
            return None  # bare talks take their sides only from their own sentence
    _add_backers(mention, trigger)
    mention.strength = _strength(mention, trigger, is_visit)
    return mention


def _add_backers(mention: Mention, trigger: Trigger) -> None:
    """"X has opened talks with the creditors": talks facing one named side, whose "with" group no earlier words name,
    are held with that body's backers as written (`backers`)."""
    if mention.antecedents or len(mention.participants) != 1 or mention.participants[0].name.islower() or not (
            is_talks_trigger(trigger)):
        return
    backers = backers_across(trigger.token)
    if backers is not None:
        mention.participants.append(backers)
        mention.plural_anaphor = mention.anaphoric = False


def quoted_aside(token: Token) -> bool:
    """Whether the trigger lies inside a direct quotation: an encounter a speaker mentions with no tense, day or
    place of its own ("firmness counts in any bargaining with X") is talk about talks in general, not an
    encounter the article reports; "we had a good meeting" or "they visited the plant on Monday" tell one."""
    return cast_of(token.doc).in_quote(token.idx)


def _governor(token: Token, kind: str, parties: Parties, names: NameIndex) -> Token | None:
    """The verb that holds a meeting noun; for "travel to X for talks with Y", the trip, whose
    traveller is a side. "X arrived ahead of talks with Y": X is a side, but the arrival is not the talks'
    occurrence (its date is the arrival's)."""
    if kind != "noun":
        return None
    host = brought_for(token)
    if host is not None:
        for side in [*subjects(host), *brought(host)]:
            for person in (side, *side.conjuncts):
                parties.add(names.participant(person))
        parties.needs_protagonist = False
        return host
    governor = governing_verb(token)
    if governor is not None:
        return governor
    trip = trip_for(token)
    actor = trip or anticipating_verb(token)
    if actor is None:
        return None
    for traveller in subjects(actor):  # "X is expected to travel to Y for talks", "X was invited to Y for talks"
        parties.add(names.participant(traveller))
    parties.needs_protagonist = False
    return trip


def _widen_parties(token: Token, governor: Token | None, leaver: Token | None, parties: Parties,
                   names: NameIndex) -> tuple[bool, bool]:
    """Sides the dependency reading leaves out (see `relations`). Returns whether the mention is another
    encounter of people told before ("further talks"), and whether it adds people to them ("a summit
    also involving X")."""
    parties.add(invitee(token, names, parties.named))
    for side in invitation_sides(token):
        parties.add(names.participant(side))
    for guest in invited(token, governor):
        add_coordinated(guest, names, parties)
    if len(parties.named) < _MIN_SIDES:  # "invited B to resume talks": the inviter is the other side
        for inviter in inviters(token, governor):
            parties.add(names.participant(inviter))
    for person in [c for c in leaver.children if c.dep_ == "nsubj"] if leaver is not None else []:
        parties.add(names.participant(person))
        parties.needs_protagonist = False
    joiners, also = joined_by(token)
    for joiner in [*joiners, *said_to_include(token, governor), *guest_or_host(token, names),
                   *people_present(token, names), *sides_on_its_verb(token), *summoned(token)]:
        parties.add(names.participant(joiner))
    parties.named = [side for p in parties.named for side in (nationality_sides(p) or [p])]
    named_sides = [p for p in parties.named if p.name != p.title]
    countries = counted_countries(token, governor, names, named_sides) if len(named_sides) < 2 else []
    if countries:  # "officials of both countries met": the countries, not the description
        parties.named = named_sides
        parties.plural = False
        for country in countries:
            parties.add(country)
    if _only_described(parties.named):
        for person in role_named_later(token, names):  # "a meeting of health ministers ..." named next
            parties.named = [p for p in parties.named if p.name != p.title or p.kind != "person"]
            parties.add(person)
    for speaker in speakers_to_session(token, parties.named, names):  # "The board met." "X briefed the board."
        add_coordinated(speaker, names, parties)
    earlier = not parties.named and earlier_round(token)
    return is_repeat(token, governor) or follows_another(token) or earlier or also, also


def _only_described(named: list[Participant]) -> bool:
    """No side named but by a description ("health ministers from four provinces")."""
    return bool(named) and not any(p.name != p.title for p in named if p.kind == "person") and any(
        p.kind == "person" for p in named)


def _attended_it(token: Token, kind: str) -> bool:
    """"A and B also attended", "C attended, along with observers": with nothing attended named, they
    attended the encounter just told. "A will meet B, with C also due to attend": a "with" clause on the
    encounter's own sentence adds who comes to it, whatever its tense."""
    if kind != "attend" or not (token.tag_ in ("VBD", "VBN") or _with_clause(token)):
        return False  # "whether X would join" attended nothing yet
    return not any(c.dep_ in ("dobj", "prep") and c.lower_ != "along" for c in token.children)


def _with_clause(verb: Token) -> bool:
    """"..., with C (also) due / expected / set to attend", "..., with C attending": an absolute clause."""
    node = verb
    while node.dep_ in ("xcomp", "acomp") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pcomp":  # the small model's other reading: the clause as the object of "with"
        return node.head.lower_ == "with"
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in node.children)


def _told_by_role(token: Token, named: list[Participant]) -> bool:
    """"After the meeting, the governor left": a definite meeting that names no side of its own ("with",
    "between", a possessor) is the one already told; whoever acts around it attended it."""
    return bool(named) and _told_before_it(token) and (all(p.name == p.title for p in named) or _sequenced(token))


def _told_before_it(token: Token) -> bool:
    """"the meeting", "that session": a definite encounter noun with no side of its own ("with", "between",
    a possessor) refers to one told elsewhere."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
    return definite and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("with", "between", "among"))
                                for c in token.children)


def _among_themselves(token: Token, governor: Token | None, named: list[Participant], names: NameIndex) -> bool:
    """"EU foreign ministers met in X", "club owners gathered on Friday", "the G7 leaders held talks": peers
    who meet with no one else hold an encounter of their own, its one side the group as written (a body's own
    staff meeting is internal business). Only as the sentence's own news: "a summit, where leaders will meet"
    is a backdrop. Kin ("the families of the victims gathered") act for no one: a vigil, not an encounter."""
    if len(named) != 1:
        return False
    verb = governor if token.pos_ in ("NOUN", "PROPN") else token
    if verb is None or _clause_of(verb).dep_ not in _MAIN_CLAUSE or any(
            c.dep_ == "dobj" and c != token and not is_attended(verb, c) for c in verb.children):
        return False  # "ministers held talks" is their own session; "ministers met the envoy" faces someone
    if any(_named_event(o, p.lower_) for p in verb.children if p.dep_ == "prep" for o in p.children
           if o.dep_ == "pobj"):
        return False  # "ministers gathered in X for the Y summit": the named summit is the news, told as a backdrop
    if any(envoys_of_a_group(s, named[0], names) for s in subjects(verb)):
        return True  # "farm ministers of a ten-nation pact met": the pact's members in session
    return named[0].name == named[0].title and any(  # "their ministers" are people told elsewhere
        s.tag_ in ("NNS", "NNPS") and s.lemma_.lower() not in LEX.kin_groups and names.participant(s) == named[0]
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children) and not _of_one_body(s)
        for s in subjects(verb))


def _clause_of(verb: Token) -> Token:
    """"envoys were due to convene on Monday", "owners are expected to gather": a scheduled session is still the
    sentence's own news, told by the verb of plans that the meeting verb complements."""
    while verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i and (
            verb.dep_ == "acomp" or lower_lemma(verb.head) in LEX.planned_governors):
        verb = verb.head  # "are unable to meet", "refused to meet" tell no session
    return verb


def _of_one_body(group: Token) -> bool:
    """"board members met in private", "party members gathered in X", "council staff met on Monday": the people
    of one body meeting are its own business (a board or party meeting), not an encounter between sides."""
    return lower_lemma(group) in _BODY_PEOPLE and any(
        c.dep_ in ("compound", "nmod") and (lower_lemma(c) in LEX.org_heads or lower_lemma(c) in LEX.people_bodies)
        for c in group.children)


def _named_event(noun: Token, prep: str) -> bool:
    """"at the Y summit", "for the Z Health Forum": an encounter the text names, or a name the gathering is for."""
    if prep == "for" and noun.pos_ == "PROPN" and noun.ent_type_ != "DATE":
        return True
    return noun.lemma_.lower() in LEX.meeting_nouns and any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in noun.children)


def _one_at_it(token: Token, named: list[Participant]) -> bool:
    """"C was also at the meeting", "C sat in on the talks": one person at a definite encounter that names no
    side of its own is at the one already told (one person alone is no encounter)."""
    return len(named) == 1 and _told_before_it(token)


def _sequenced(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in ("after", "following")


def _strength(mention: Mention, trigger: Trigger, weak: bool) -> float:
    """How explicit the sentence is: "X met Y in Z on D" scores highest; "X was accompanied by" only adds."""
    if mention.joins_only:
        return _COMPANION_STRENGTH
    named = len(mention.participants)
    if mention.anaphoric:
        score = 0.3 + 0.1 * min(named, 2)
    elif named >= 2:
        score = 0.85 if trigger.kind != "noun" else 0.75
    else:
        score = 0.6
    if weak or trigger.token.lower_ in ("discussion", "discussions", "conversation"):
        score -= _WEAK_NOUNS_PENALTY
    score += _DETAIL_BONUS * ((mention.location is not None) + (mention.date is not None))
    return round(min(score, 0.95), 3)


def _stripped(sent: Span) -> tuple[int, int]:
    """Sentence offsets without surrounding whitespace, from its tokens: `Span.text` costs a whole
    pass over the sentence, paid again for every trigger in it."""
    first, last = sent.start, sent.end - 1
    doc = sent.doc
    while first < last and doc[first].is_space:
        first += 1
    while last > first and doc[last].is_space:
        last -= 1
    if doc[first].is_space:
        return sent.start_char, sent.start_char
    return doc[first].idx, doc[last].idx + len(doc[last].text)
