"""Who took part in the encounter one trigger describes, read from the dependency parse.

Verbs give their subject and object ("X met Y", "X met with Y", "X spoke to Y"); nouns
give their complements and possessor ("talks between X and Y", "X's visit", "his talks
with Y") and, when the noun is held/had/cancelled by someone, that someone too.
Coordinations are followed so "X, Y and Z attended" yields all three. Each reading is its own module
(`verb_sides`, `noun_sides`, `coordination`, `fronted`, `governing`, `slips`); this one joins them and
drops the sides that say too little.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.coordination import add_coordinated
from streams.enrich.extractors.meetings.detect import Trigger, joined_for_encounter
from streams.enrich.extractors.meetings.fronted import own_subjects, subjects
from streams.enrich.extractors.meetings.governing import governing_verb
from streams.enrich.extractors.meetings.group_talks import is_group_side, is_talks_trigger
from streams.enrich.extractors.meetings.journeys import journey_hosts, journey_travellers, sender_of, sent_by_a_firm
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.names import NameIndex, is_bare_body
from streams.enrich.extractors.meetings.noun_sides import is_definite, is_sequenced, noun_parties
from streams.enrich.extractors.meetings.paired import paired_sides
from streams.enrich.extractors.meetings.parties import Parties
from streams.enrich.extractors.meetings.sessions_attended import session_side
from streams.enrich.extractors.meetings.site_owners import site_owner
from streams.enrich.extractors.meetings.state_tours import toured_side, toured_states, touring_member
from streams.enrich.extractors.meetings.verb_sides import companions, verb_objects
from streams.enrich.extractors.meetings.visited_sites import capital_host, only_went_to, visited_object
from streams.enrich.model import Participant


def find_parties(trigger: Trigger, names: NameIndex) -> Parties:
    parties = Parties()
    token = trigger.token
    if trigger.kind == "noun":
        noun_parties(token, names, parties)
        if sides := paired_sides(token, names.cast):  # "the A-B meeting": the compound the parse misreads
            parties.named, parties.anaphoric = sides, False
    else:
        for subject in own_subjects(token):
            add_coordinated(subject, names, parties)
        hosts = journey_hosts(token)
        travel = bool(hosts) and lower_lemma(token) != "visit"  # "left X for C": X is only where it set off from
        for obj in [] if travel else verb_objects(token, trigger.kind, names):
            if trigger.kind == "attend" and obj.dep_ == "dobj" and joined_for_encounter(token):
                add_coordinated(obj, names, parties)  # "joined X for lunch": X is the other side
            elif trigger.kind == "attend" and obj.head.dep_ == "agent":
                add_coordinated(obj, names, parties)  # "the meeting was attended by X": X attended the one told
                parties.anaphoric = parties.anaphoric or any(is_definite(s) for s in subjects(token))
            elif trigger.kind == "attend" and (body := session_side(obj)) is not None:
                parties.add(body)  # "attended the Y Committee meeting": the committee in session is the side met
            elif trigger.kind == "attend":
                before = len(parties.named)
                noun_parties(obj, names, parties)
                parties.anaphoric = parties.anaphoric or (is_definite(obj) and len(parties.named) == before)
            elif (owner := site_owner(token, visited := visited_object(token, obj), names)) is not None:
                if not _own_site(owner, parties, names):
                    parties.add(owner)  # "visited X's smelter": X's people host the visit
            elif not only_went_to(token, visited, names):
                add_coordinated(visited, names, parties)
            else:  # "to visit the Alps and Austria": the region is only where, the country beside it is met
                if (host := capital_host(token, visited, names)) is not None and not sent_by_a_firm(token):
                    parties.add(host)  # "will visit C", C a capital: its country
                for place in visited.conjuncts:
                    if not only_went_to(token, place, names):
                        parties.add(names.participant(place))
        if (toured := toured_states(token)) is not None:
            _add_tour_sides(token, toured, names, parties)
        if hosts:  # "will fly to X on Sunday", "a Y mission would visit C": C's country
            for traveller in journey_travellers(token):  # "X, who arrived in C": the parse leaves X to "who"
                sender = sender_of(traveller)
                told = names.participant(traveller)
                if sender is not None and told is not None:  # "a Y mission": Y is the side, not the mission
                    parties.named = [p for p in parties.named if p.name != told.name]
                parties.add(sender or names.participant(traveller))
            for host in hosts:
                parties.add(host)
    acting = governing_verb(token) if trigger.kind == "noun" else token
    for companion in companions(acting) if acting is not None else ():
        company = Parties()
        add_coordinated(companion, names, company)
        for person in company.named:  # "along with coastguard commanders": a crowd that comes along is no side
            if person.name != person.title:
                parties.add(person)
    if parties.plural or len(parties.named) < 2 or any(not p.name.islower() for p in parties.named):
        parties.named = [p for p in parties.named if not is_bare_body(p)]  # "X met the union": too little
    if not (is_talks_trigger(trigger) and any(not p.name.islower() for p in parties.named)):
        parties.named = [p for p in parties.named if not names.is_deal_side(p)]  # "the company met a buyer"
    if not any(p.kind == "organization" for p in parties.named):
        talks = is_talks_trigger(trigger) and any(not names.is_bare_group(p) for p in parties.named)
        parties.named = [p for p in parties.named if not names.is_bare_group(p) or (talks and is_group_side(p))]
    parties.named = [p for p in parties.named if is_group_side(p)]  # "a chat with local journalists": a briefing
    if parties.owners and any(p.name not in parties.owners for p in parties.named) and is_sequenced(token):
        parties.distinct = True  # "A met B before their talks with C": A and B meet C later, another encounter
    return parties


def _own_site(owner: Participant, parties: Parties, names: NameIndex) -> bool:
    """"X's chief executive visited X's plant": a visitor of the owner's own staff meets no one there."""
    affiliations = names.affiliations()
    return any(affiliations.get(p.name) == owner.name for p in parties.named)


def _add_tour_sides(verb: Token, toured: Token, names: NameIndex, parties: Parties) -> None:
    """"Envoys toured Andean states": the states as written when no reading named them, and the named member
    of a touring body ("X, a member of the panel that is touring ...") as the body's side."""
    if names.participant(toured) is None:
        parties.add(toured_side(toured))
    if (member := touring_member(verb)) is not None:
        add_coordinated(member, names, parties)
