"""The sides of an encounter noun: "talks between X and Y", "X's visit", "his talks with Y".

Complements and possessors, the organisers and assembled people of an event, the one reporting on talks
"with Y", and an "after talks" phrase whose actor held them.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.convened import own_officials
from streams.enrich.extractors.meetings.coordination import add_coordinated
from streams.enrich.extractors.meetings.deals import deal_counterparts, topic_counterparts
from streams.enrich.extractors.meetings.fronted import MAX_CLIMB, fronted_in, own_subjects, subjects
from streams.enrich.extractors.meetings.governing import (
    addressees,
    asked_in_scene,
    bids_to_come,
    governing_verb,
    measured_by,
)
from streams.enrich.extractors.meetings.group_owners import group_in_front
from streams.enrich.extractors.meetings.group_session import talks_by_members
from streams.enrich.extractors.meetings.held_with import held_with
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.listed_members import members_listed
from streams.enrich.extractors.meetings.names import ORG, PERSON, PLURAL, NameIndex, bare_lower
from streams.enrich.extractors.meetings.official_visits import capitals_visited, country_visited, visitors
from streams.enrich.extractors.meetings.ongoing import ongoing_partners
from streams.enrich.extractors.meetings.outlet_reports import lede_subject, relayed_for
from streams.enrich.extractors.meetings.owed_sides import debtor_of_topic, owner_of_counterparts
from streams.enrich.extractors.meetings.own_holders import held_by_own_subject
from streams.enrich.extractors.meetings.parties import Parties
from streams.enrich.extractors.meetings.sent_for_talks import sides_sent_for_talks
from streams.enrich.extractors.meetings.slips import NOUN_PARTY_PREPS, dangling_object
from streams.enrich.extractors.meetings.speaks_for import side_voiced
from streams.enrich.extractors.meetings.talks_abroad import sides_abroad
from streams.enrich.extractors.meetings.talks_when import sides_at_the_end
from streams.enrich.extractors.meetings.teller_present import teller_present
from streams.enrich.extractors.meetings.verb_sides import SEQUENCE_PREPS, is_meal, met_by, verb_objects
from streams.enrich.extractors.meetings.visit_host import host_of_visit
from streams.enrich.model import Participant
from streams.enrich.vocabulary.places import country_code, is_known_place

_MEASURES = ("TIME", "DATE", "QUANTITY")
_DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my"}


def noun_parties(noun: Token, names: NameIndex, parties: Parties) -> None:
    has_with = False
    owned_by_clause = False  # "A and B shook hands after their talks": one encounter, told twice
    for child in (*noun.children, *_held_between(noun)):
        if child.dep_ == "prep" and (child.lower_ in NOUN_PARTY_PREPS or (
                child.lower_ in ("to", "on") and _is_call(noun)) or _visitor_prep(noun, child)):
            for obj in [c for c in child.children if c.dep_ == "pobj"] or dangling_object(child):
                if child.lower_ == "of" and own_officials(noun, obj, names):
                    continue  # "summoned a crisis meeting of the chiefs of the services": his own officials
                if not _is_origin(child.lower_, obj, names):
                    has_with = has_with or child.lower_ == "with"
                    add_coordinated(obj, names, parties)
        elif child.dep_ == "poss" and child.lower_ == "their":
            for subject in _owning_subjects(noun):
                owned_by_clause = True
                owners = Parties()
                add_coordinated(subject, names, owners)
                parties.owners.update(p.name for p in owners.named)
                for owner in owners.named:
                    parties.add(owner)
        elif child.dep_ == "poss" and child.lower_ in ("his", "her") and (main := fronted_in(noun)) is not None:
            for subject in own_subjects(main):  # "After his talks with X, Y met Z": "his" looks ahead to Y
                add_coordinated(subject, names, parties)
        elif child.dep_ == "poss" and bare_lower(child) == "its" and (body := names.organisation(child)) is not None:
            parties.add(body)  # "Its talks with X": the firm the cast reads "its" as holds them, as "her" is a person
        elif child.dep_ == "poss" or (child.dep_ == "appos" and names.label.get(child.i) == PERSON):
            add_coordinated(child, names, parties)  # an encounter has no person in apposition: a side misparsed
    countries, capitals = country_visited(noun, names), capitals_visited(noun, names)
    if countries or capitals:  # "on a state visit to X" (or to X's capital): the country's government met
        for side in [*countries, *visitors(noun, names)]:
            add_coordinated(side, names, parties)
        for country in capitals:
            parties.add(country)
    for side in sides_abroad(noun, names):  # "after talks in X": the country's government met
        add_coordinated(side, names, parties)
    senders, countries = sides_sent_for_talks(noun, names)  # "sent a team to C for talks": C's country met
    for sender in senders:
        add_coordinated(sender, names, parties)
    for country in countries:
        parties.add(country)
    # "talks to sell X to Y", "talks on an investment in X by Y", "were under way with Y"
    held = held_with(noun)  # "talks have been held with Y": the "with" on the verb that tells them held
    for obj in [*deal_counterparts(noun), *topic_counterparts(noun), *ongoing_partners(noun), *held]:
        has_with = True
        add_coordinated(obj, names, parties)
    if has_with:
        for owner in _named_owners(noun, names):  # "the Harlow Fund review talks with X"
            add_coordinated(owner, names, parties)
        parties.add(group_in_front(noun))  # "creditor bank negotiations with X": the banks hold them
    for member in members_listed(noun):  # "talks among the main lenders -- A, B and C": the lenders listed
        add_coordinated(member, names, parties)
    for obj in [*_assembled(noun), *_stray_partners(noun), *_organisers(noun), *sides_at_the_end(noun)]:
        add_coordinated(obj, names, parties)
        parties.attendees = parties.attendees or is_definite(noun) or _venue_of_meeting(noun)
    parties.attendees = parties.attendees or _present_at(noun)
    governor = governing_verb(noun) or _acted_after(noun)
    own_subject = side_subject = False
    if governor is not None:
        for subject in own_subjects(governor):
            own_subject = True
            before = (len(parties.named), parties.plural)
            if bare_lower(subject) in ("it", "this", "that") and not _acting_body(subject, noun, names):
                parties.add(_evaluating_speaker(subject, names) if noun.dep_ == "attr" else None)
                parties.anaphoric = side_subject = True
            elif (saying := _saying_body(subject, names)) is not None:
                parties.add(saying)
                side_subject = True
            else:
                add_coordinated(subject, names, parties)
                side_subject = side_subject or before != (len(parties.named), parties.plural)
        for addressee in [*addressees(noun, governor, names), *asked_in_scene(noun, governor)]:
            add_coordinated(addressee, names, parties)
    if side_subject and not has_with:  # "X wrapped up another round of Y Fund talks": the body in front meets X
        for owner in _named_owners(noun, names):
            add_coordinated(owner, names, parties)
    relayed = held_by_own_subject(noun)  # "the spokesman said the parties would continue talks"
    if governor is not None and governor.dep_ == "ccomp" and len(parties.named) == 1 and not relayed and (
            noun.head.head.i == governor.head.i) and lower_lemma(governor.head) in LEX.speech_verbs:
        for speaker in subjects(governor.head):  # "B insisted ..., A said after the meeting": A met B
            spoken_for = _spoken_for(speaker, names)
            if spoken_for is not None:
                parties.add(spoken_for)
            else:
                add_coordinated(speaker, names, parties)
            parties.reported = True
    teller = teller_present(noun, governor, parties.named, names)  # "A said B voiced doubts during a meeting"
    if teller is not None:
        parties.add(teller)
        parties.reported = True
    if governor is not None and bids_to_come(governor):
        for obj in (c for c in governor.children if c.dep_ == "dobj"):  # "summoned X and Y to talks", "invited X to"
            add_coordinated(obj, names, parties)
    if governor is not None and governor.dep_ == "relcl" and governor.head.i == noun.i:
        for obj in verb_objects(governor, "noun", names):  # "the talks that X held with Y"
            add_coordinated(obj, names, parties)
    parties.add(host_of_visit(noun, parties.named, names))  # "to mark the visit of X": the story's own subject
    if not parties.named and is_definite(noun):
        parties.anaphoric = True
    parties.distinct = is_sequenced(noun) and not owned_by_clause and not _told_after(noun)
    if has_with and not side_subject and not _named_owners(noun, names) and not any(  # "Monday's talks" own none
            c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") for c in noun.children):
        owner = relayed_for(owner_of_counterparts(noun, names), names)  # an outlet's "its creditors" are no outlet's
        teller = None if relayed else _reporting_speaker(noun, names)
        speaker = owner or teller or debtor_of_topic(noun, names)  # "the strike could end
        parties.add(speaker)  # after a meeting with X, Y says": a strike that ends is no side, so the teller is
        parties.needs_protagonist = speaker is None and not own_subject
        if parties.needs_protagonist and held and len(parties.named) == 1:
            holder = lede_subject(names)  # "X weighs a purchase. Talks have been held with Y": the story's X
            if holder is not None and holder.name != parties.named[0].name:
                parties.add(holder)
                parties.needs_protagonist = False
    elif len(parties.named) == 1 and parties.named[0].kind == "organization" and _is_negotiation(noun):
        speaker = _reporting_speaker(noun, names)  # "the union said the company cancelled bargaining sessions"
        if speaker is not None and speaker.kind == "organization":
            parties.add(speaker)


def _named_owners(noun: Token, names: NameIndex) -> list[Token]:
    """"the Harlow Fund review talks with X", "the Brightwater negotiations with its lenders": a body or person
    named in front of the noun holds the talks with the side after "with", as "Harlow Fund's talks" would. The
    name's last word is the one the noun governs; a place in front is where ("the Oslo talks with X")."""
    return [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1
            and names.label.get(c.i) in (ORG, PERSON)]


def _owning_subjects(noun: Token) -> list[Token]:
    """"After their meeting on Tuesday, A and B told reporters ...", "A and B said their talks had been useful":
    "their" is the coordinated subject of the nearest clause above the encounter, before or after it."""
    node = noun
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            return []
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i != noun.i), None)
        if node.pos_ in ("VERB", "AUX") and subject is not None:  # "said their meeting had been useful"
            if subject.conjuncts:
                return [subject]
            partners = met_by(node)  # "A met B before their talks with C": "their" is A and B
            return [subject, *partners] if partners else []
    return []


def _held_between(noun: Token) -> list[Token]:
    """"talks held in X on Tuesday between A and B": the sides may hang on the participle that tells the
    encounter taking place rather than on the noun."""
    return [p for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in LEX.holding_verbs
            for p in c.children if p.dep_ == "prep" and p.lower_ in ("between", "with")]


def _visitor_prep(noun: Token, prep: Token) -> bool:
    """"a visit by X (to Y)", "a dinner for X", "talks by ministers": the visitor, the guest or the members in
    session is a side, as the one visited is."""
    return ((prep.lower_ == "by" and lower_lemma(noun) == "visit") or (prep.lower_ == "for" and is_meal(noun))
            or talks_by_members(noun, prep))


def _organisers(noun: Token) -> list[Token]:
    """"a gathering led by X and Y", "talks chaired by X": who leads or hosts an encounter takes part in it.
    "talks hosted by X with Y": the small model hangs the guest on the host; the talks are with Y all the same."""
    clauses = [c for c in noun.children if c.dep_ == "acl" and lower_lemma(c) in LEX.organising_verbs]
    hosts = [obj for clause in clauses for agent in clause.children if agent.dep_ == "agent"
             for obj in agent.children if obj.dep_ == "pobj"]
    withs = [p for head in (*clauses, *hosts) for p in head.children if p.dep_ == "prep" and p.lower_ == "with"]
    return [*hosts, *(g for p in withs for g in ([c for c in p.children if c.dep_ == "pobj"] or dangling_object(p)))]


def _venue_of_meeting(noun: Token) -> bool:
    """"will meet X at a gathering led by Y": the gathering is where the meeting the verb tells happens, so
    its people join that meeting."""
    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and (
        lower_lemma(verb) in LEX.meet_verbs or lower_lemma(verb) in LEX.talk_verbs)


def _is_call(noun: Token) -> bool:
    """"a phone call to X", "paid a courtesy call on X": the one called is a party, as "a visit to X" names a
    place. A date after "on" names no one."""
    return lower_lemma(noun) == "call"


def _stray_partners(noun: Token) -> list[Token]:
    """"told X of the call placed Friday with Y", "quit negotiations this morning with Y": a "with" right after
    the noun's phrase belongs to the encounter, though the small model hangs it on the verb above. "at a meeting
    next week between A and B": a "between" of two right after it does too, wherever the model hangs it."""
    doc = noun.doc
    nxt = noun.right_edge.i + 1
    for _ in range(2):  # step over a day ("on Friday", "this morning") hung on the verb, not on the call
        if nxt < noun.sent.end and doc[nxt].dep_ == "prep" and any(
                c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in doc[nxt].children):
            nxt = doc[nxt].right_edge.i + 1
        while nxt < noun.sent.end and doc[nxt].ent_type_ in ("DATE", "TIME") and doc[nxt].dep_ != "prep":
            nxt += 1
    if nxt >= noun.sent.end or not ((doc[nxt].lower_ == "with" and doc[nxt].dep_ == "prep") or (
            doc[nxt].lower_ == "between" and doc[nxt].dep_ in ("prep", "agent"))):
        return []
    head = doc[nxt].head
    objects = [c for c in doc[nxt].children if c.dep_ == "pobj"]
    if head.i == noun.i or lower_lemma(head) in LEX.meet_verbs | LEX.talk_verbs:
        return []
    if doc[nxt].lower_ == "between":
        return objects if any(o.conjuncts for o in objects) else []
    return objects if noun in head.subtree else []


def _is_origin(prep: str, obj: Token, names: NameIndex) -> bool:
    """"the talks of Geneva", "joined the call from X, Y and Z": places are where, not who. A country
    after "from" still is a side ("a call from France"), and countries listed after "of" are ("a summit of
    A, B and C"); a city never is. Which is which is the cast's reading of the name: "a call from the Bakers
    Union" is from an organisation whatever place it spells."""
    if prep == "of":
        listed = [obj, *obj.conjuncts]
        return names.label.get(obj.i) == "PLACE" and not (len(listed) > 1 and all(
            country_code(t.text) for t in listed))
    return prep == "from" and any(_is_city(t, names) for t in [obj, *obj.conjuncts])


def _is_city(token: Token, names: NameIndex) -> bool:
    """A place that is no country, as the cast reads the name; where the cast read none, a known place."""
    label = names.label.get(token.i)
    return (label == "PLACE" if label is not None else is_known_place(token.text)) and not country_code(token.text)


def _acted_after(noun: Token) -> Token | None:
    """"The heads agreed on Thursday, after a video conference": who acted after the talks held them; "Before
    talks with X, Y met Z": who acts before talks with someone holds them too (a bare "before the summit" is a
    backdrop). Someone's visit ("after X's visit, we will ...") belongs to its visitor, not to those who act
    after."""
    noun = measured_by(noun)
    ahead = noun.head.lower_ == "before" and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    if noun.dep_ != "pobj" or not (noun.head.lower_ in ("after", "following") or ahead) or (
            noun.head.head.pos_ != "VERB"):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    verb = noun.head.head
    if lower_lemma(verb) in LEX.speech_verbs and not _paired_speakers_after(noun, verb):
        # "A and B agreed ..., the office said after the talks": A and B; with one side told, the speaker too
        return next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    return verb


def _paired_speakers_after(noun: Token, verb: Token) -> bool:
    """"After a long meeting, A and B said ...": a phrase that opens the sentence before a pair of speakers
    tells their own meeting, whatever they then report; a trailing one ("..., the office said after the talks")
    dates the saying of one side. A meeting of a named kind or body ("the stockholders meeting", "a session of
    the club's members") is that body's, which the pair only attended."""
    if any(_names_holder(c) for c in noun.children):
        return False
    return noun.head.i < verb.i and any(
        c.dep_ == "nsubj" and noun.head.i < c.i < verb.i and any(g.dep_ == "conj" for g in c.subtree)
        for c in verb.children)  # the small model may hang the first of the pair on the second's name


def _names_holder(child: Token) -> bool:
    """A modifier or "of" phrase naming whose meeting it is; a length ("a two-hour meeting"), a manner ("a
    closed-door session") or the talks a measure counts ("three rounds of talks") names no one."""
    if child.dep_ == "prep" and child.lower_ == "of":
        return not any(lower_lemma(c) in LEX.meeting_nouns for c in child.children if c.dep_ == "pobj")
    return child.dep_ in ("compound", "nmod") and child.ent_type_ not in _MEASURES and not any(
        c.tag_ == "HYPH" for c in child.children)


def _assembled(noun: Token) -> list[Token]:
    """"The roundtable brought together X, Y and Z", "the meeting included X": the noun's own
    predicate lists who attended."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or lower_lemma(verb) not in LEX.assembly_verbs:
        return []
    if lower_lemma(verb) == "bring" and not any(c.lower_ == "together" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _is_negotiation(noun: Token) -> bool:
    """Bargaining, negotiating or mediation: an encounter of two bodies, one of which reports on it."""
    words = {noun.lower_, lower_lemma(noun), *(c.lower_ for c in noun.children if c.dep_ in ("compound", "amod"))}
    return bool(words & LEX.encounter_negotiations)


def _reporting_speaker(token: Token, names: NameIndex) -> Participant | None:
    """"X said the talks with Y were useful": the one reporting on talks "with Y" is the other side."""
    root = token.sent.root
    if lower_lemma(root) not in LEX.speech_verbs or token.i == root.i:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i <= token.i <= subject.right_edge.i:
        return None
    return _spoken_for(subject, names) or relayed_for(side_voiced(names.participant(subject)), names)


def _spoken_for(voice: Token, names: NameIndex) -> Participant | None:
    """"X's office said", "a spokeswoman for X said", "X's aides said": a voice that speaks for X reports X's
    encounter, so X is the side, not the office or the spokesperson."""
    if lower_lemma(voice) not in LEX.voice_nouns:
        return None
    owners = [c for c in voice.children if c.dep_ == "poss"] + [
        o for p in voice.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children
        if o.dep_ == "pobj"]
    found = (names.participant(owner) for owner in owners)
    return next((p for p in found if p is not None and p is not PLURAL), None)


def _acting_body(subject: Token, noun: Token, names: NameIndex) -> bool:
    """"It opened talks with X", "it had to resume negotiations": an "it" that acts on the talks is
    the organisation the cast resolves it to. "It was a good meeting" judges the meeting, and "it would be
    hard to hold talks" is no one: an "it" of "be" is never a side, unless it is in the talks ("it is now in
    negotiations with X")."""
    if bare_lower(subject) != "it" or noun.dep_ == "attr":
        return False
    if lower_lemma(subject.head) == "be" and not _in_the_talks(noun, subject.head):
        return False
    return names.organisation(subject) is not None


def _saying_body(subject: Token, names: NameIndex) -> Participant | None:
    """"When A made its bid, B said it was in negotiations with C": an "it" in what a body says is that body
    (as the cast names it in full), whatever other firm was told last."""
    verb = subject.head
    if bare_lower(subject) != "it" or verb.dep_ != "ccomp" or lower_lemma(verb.head) not in LEX.speech_verbs:
        return None
    found = (names.organisation(c) or names.participant(c) for c in verb.head.children if c.dep_ == "nsubj")
    return next((p for p in found if p is not None and p is not PLURAL and p.kind == "organization"), None)


def _in_the_talks(noun: Token, verb: Token) -> bool:
    """"it is still in negotiations with X", "it was in discussions with X": the one who is in them is a side."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.i == verb.i


def _evaluating_speaker(subject: Token, names: NameIndex) -> Participant | None:
    """"X said it was a good meeting": someone judging a meeting from the inside attended it."""
    root = subject.sent.root
    if lower_lemma(root) in LEX.speech_verbs:
        for child in root.children:
            if child.dep_ == "nsubj" and child.i != subject.i:
                return _spoken_for(child, names) or names.participant(child)
    return names.quote_speaker(subject)


def _present_at(noun: Token) -> bool:
    """"A and B were present at the meeting", "were present at the talks": people placed at an encounter already told
    are its attendees, not two sides meeting each other."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "at" and prep.head.lemma_ == "be"
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children) and is_definite(noun))


def is_definite(noun: Token) -> bool:
    """"the talks", "their meeting", "Sunday's meeting": an encounter already told."""
    return any((c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE) or (c.dep_ == "poss" and c.ent_type_ == "DATE")
               for c in noun.children)


def _told_after(noun: Token) -> bool:
    """"A told reporters after Monday's talks with B that ...": the sequence sets when A spoke, not another
    encounter of A's, so the talks may be the ones already told."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.head.i != prep.i and lower_lemma(prep.head) in LEX.speech_verbs


def is_sequenced(noun: Token) -> bool:
    """"was preceded by a discussion", "before the talks": a second, separate encounter."""
    head = noun.head
    if noun.dep_ != "pobj":
        return False
    if head.dep_ == "agent" and lower_lemma(head.head) in ("precede", "follow"):
        return True
    return head.lower_ in SEQUENCE_PREPS
