"""Who took part in the encounter one trigger describes, read from the dependency parse.

Verbs give their subject and object ("X met Y", "X met with Y", "X spoke to Y"); nouns
give their complements and possessor ("talks between X and Y", "X's visit", "his talks
with Y") and, when the noun is held/had/cancelled by someone, that someone too.
Coordinations are followed so "X, Y and Z attended" yields all three.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from streams.enrich.cast import is_office_title
from streams.enrich.extractors.meetings.clause import clause_subjects, own_clause
from streams.enrich.extractors.meetings.detect import Trigger, joined_for_encounter
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import (
    ORG,
    PERSON,
    PLURAL,
    NameIndex,
    bare_lower,
    is_bare_body,
    is_plural_role,
)
from streams.enrich.extractors.meetings.postponing import postpones
from streams.enrich.model import Participant
from streams.enrich.vocabulary.places import country_code, is_known_place

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_PARTY_PREPS = ("with", "between", "among", "to", "and")
_NOUN_PARTY_PREPS = ("with", "between", "among", "of", "from")
_CLIMB_DEPS = ("xcomp", "pcomp", "advcl", "prep", "conj", "ccomp", "acl", "acomp")
_MAX_CLIMB = 4
_MAX_LISTED = 12
_DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my"}
_SEQUENCE_PREPS = ("before", "after", "since")
_SETTING_PREPS = ("during", "at", "in", "into")  # "dialled into a meeting with X"
_OWNERS = ("their", "his", "her", "its", "our")
_DESCRIBING_PREPS = ("of", "from", "at", "in")
_NP_INNER = ("compound", "amod", "nmod", "det", "poss", "nummod", "case")
_FRONTING_MARKS = ("after", "before", "following", "since", "until")


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


def find_parties(trigger: Trigger, names: NameIndex) -> Parties:
    parties = Parties()
    token = trigger.token
    if trigger.kind == "noun":
        _noun_parties(token, names, parties)
    else:
        for subject in _own_subjects(token):
            _add_coordinated(subject, names, parties)
        for obj in _verb_objects(token, trigger.kind, names):
            if trigger.kind == "attend" and obj.dep_ == "dobj" and joined_for_encounter(token):
                _add_coordinated(obj, names, parties)  # "joined X for lunch": X is the other side
            elif trigger.kind == "attend" and obj.head.dep_ == "agent":
                _add_coordinated(obj, names, parties)  # "the meeting was attended by X": X attended the one told
                parties.anaphoric = parties.anaphoric or any(_is_definite(s) for s in subjects(token))
            elif trigger.kind == "attend":
                before = len(parties.named)
                _noun_parties(obj, names, parties)
                parties.anaphoric = parties.anaphoric or (_is_definite(obj) and len(parties.named) == before)
            elif not (_lemma(token) == "visit" and names.label.get(obj.i) == "PLACE"):
                _add_coordinated(obj, names, parties)
    acting = governing_verb(token) if trigger.kind == "noun" else token
    for companion in _companions(acting) if acting is not None else ():
        company = Parties()
        _add_coordinated(companion, names, company)
        for person in company.named:  # "along with coastguard commanders": a crowd that comes along is no side
            if person.name != person.title:
                parties.add(person)
    if parties.plural or len(parties.named) < 2 or any(not p.name.islower() for p in parties.named):
        parties.named = [p for p in parties.named if not is_bare_body(p)]  # "X met the union": too little
    if not any(p.kind == "organization" for p in parties.named):
        parties.named = [p for p in parties.named if not names.is_bare_group(p)]  # "the mayor met residents": anyone
    if parties.owners and any(p.name not in parties.owners for p in parties.named) and _is_sequenced(token):
        parties.distinct = True  # "A met B before their talks with C": A and B meet C later, another encounter
    return parties


def _companions(verb: Token) -> list[Token]:
    """"A, accompanied by C, met B", "met B on Tuesday, joined by C", "met B, who was accompanied by C", "met B
    in the presence of C", "met B, with C in attendance": who comes with a side, or witnesses the encounter,
    attends it. The participle hangs on the verb, on its subject or on its object."""
    found = []
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "met B alongside C": hung on B
    for head in (verb, *subjects(verb), *objects):
        for child in head.children:
            if child.dep_ in ("acl", "advcl", "relcl") and _lemma(child) in LEX.escort_participles:
                found.extend(o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "in" and not _says_there(child):
                found.extend(o for w in child.children if w.dep_ == "pobj" and _lemma(w) in LEX.witness_nouns
                             for p in w.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj")
            elif child.dep_ == "prep":
                found.extend(_alongside(child) or _in_attendance(child))
    return found


def _in_attendance(prep: Token) -> list[Token]:
    """"met B, with C (also) in attendance", "..., with C and D present": an absolute "with" whose object is
    said to be there names who attended, not the counterpart."""
    if _says_there(prep):  # the small model may hang "C in attendance" on the verb, C its subject
        return [n for n in prep.children if n.dep_ == "nsubj"]
    if prep.lower_ != "with":
        return []
    doc = prep.doc
    found = [n for c in prep.children if c.dep_ == "pcomp" and _says_there(c) for n in c.children
             if n.dep_ == "nsubj"]  # "with C also in attendance" parsed as a small clause
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        if obj.lower_ in LEX.attendance_words:  # the small model may make "present" the object, the name its modifier
            found.extend(c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1)
            continue
        k = obj.right_edge.i + 1
        while k < len(doc) and doc[k].lower_ in ("also", "too"):
            k += 1
        if k < len(doc) and _says_there(doc[k]):
            found.extend((obj, *obj.conjuncts))
    return found


def _says_there(word: Token) -> bool:
    """"present", "in attendance"."""
    return word.lower_ in LEX.attendance_words or (word.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ in LEX.attendance_words for o in word.children))


def _alongside(prep: Token) -> list[Token]:
    """"A, along with C, met B", "A, together with C, held talks", "met B alongside C": who acts with a side
    is one more side. A bare "with" is the counterpart, read as such elsewhere."""
    if prep.lower_ in LEX.alongside_preps:
        return [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ in LEX.alongside_markers:  # "along" as a preposition owning "with"
        return [o for p in prep.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                if o.dep_ == "pobj"]
    if prep.lower_ == "with" and any(c.lower_ in LEX.alongside_markers for c in prep.children):
        return [o for o in prep.children if o.dep_ == "pobj"]
    return []


def _noun_parties(noun: Token, names: NameIndex, parties: Parties) -> None:
    has_with = False
    owned_by_clause = False  # "A and B shook hands after their talks": one encounter, told twice
    for child in (*noun.children, *_held_between(noun)):
        if child.dep_ == "prep" and (child.lower_ in _NOUN_PARTY_PREPS or (
                child.lower_ in ("to", "on") and _is_call(noun)) or _visitor_prep(noun, child)):
            for obj in [c for c in child.children if c.dep_ == "pobj"] or _dangling_object(child):
                if not _is_origin(child.lower_, obj, names):
                    has_with = has_with or child.lower_ == "with"
                    _add_coordinated(obj, names, parties)
        elif child.dep_ == "poss" and child.lower_ == "their":
            for subject in _owning_subjects(noun):
                owned_by_clause = True
                owners = Parties()
                _add_coordinated(subject, names, owners)
                parties.owners.update(p.name for p in owners.named)
                for owner in owners.named:
                    parties.add(owner)
        elif child.dep_ == "poss" and child.lower_ in ("his", "her") and (main := _fronted_in(noun)) is not None:
            for subject in _own_subjects(main):  # "After his talks with X, Y met Z": "his" looks ahead to Y
                _add_coordinated(subject, names, parties)
        elif child.dep_ == "poss" or (child.dep_ == "appos" and names.label.get(child.i) == PERSON):
            _add_coordinated(child, names, parties)  # an encounter has no person in apposition: a side misparsed
    for obj in [*_assembled(noun), *_stray_partners(noun), *_organisers(noun)]:
        _add_coordinated(obj, names, parties)
        parties.attendees = parties.attendees or _is_definite(noun) or _venue_of_meeting(noun)
    governor = governing_verb(noun) or _acted_after(noun)
    own_subject = False
    if governor is not None:
        for subject in _own_subjects(governor):
            own_subject = True
            if bare_lower(subject) in ("it", "this", "that") and not _acting_body(subject, noun, names):
                parties.add(_evaluating_speaker(subject, names) if noun.dep_ == "attr" else None)
                parties.anaphoric = True
            else:
                _add_coordinated(subject, names, parties)
        for addressee in _addressees(noun, governor, names):
            _add_coordinated(addressee, names, parties)
    if governor is not None and governor.dep_ == "ccomp" and len(parties.named) == 1 and (
            noun.head.head.i == governor.head.i):
        for speaker in subjects(governor.head):  # "B insisted ..., A said after the meeting": A met B
            spoken_for = _spoken_for(speaker, names)
            if spoken_for is not None:
                parties.add(spoken_for)
            else:
                _add_coordinated(speaker, names, parties)
            parties.reported = True
    if governor is not None and _bids_to_come(governor):
        for obj in (c for c in governor.children if c.dep_ == "dobj"):  # "summoned X and Y to talks", "invited X to"
            _add_coordinated(obj, names, parties)
    if governor is not None and governor.dep_ == "relcl" and governor.head.i == noun.i:
        for obj in _verb_objects(governor, "noun", names):  # "the talks that X held with Y"
            _add_coordinated(obj, names, parties)
    if not parties.named and _is_definite(noun):
        parties.anaphoric = True
    parties.distinct = _is_sequenced(noun) and not owned_by_clause
    if has_with and not own_subject and not any(c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")
                                                for c in noun.children):  # "Monday's talks with X" own no side
        speaker = _reporting_speaker(noun, names)
        parties.add(speaker)
        parties.needs_protagonist = speaker is None
    elif len(parties.named) == 1 and parties.named[0].kind == "organization" and _is_negotiation(noun):
        speaker = _reporting_speaker(noun, names)  # "the union said the company cancelled bargaining sessions"
        if speaker is not None and speaker.kind == "organization":
            parties.add(speaker)


def _owning_subjects(noun: Token) -> list[Token]:
    """"After their meeting on Tuesday, A and B told reporters ...", "A and B said their talks had been useful":
    "their" is the coordinated subject of the nearest clause above the encounter, before or after it."""
    node = noun
    for _ in range(_MAX_CLIMB):
        if node.head.i == node.i:
            return []
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i != noun.i), None)
        if node.pos_ in ("VERB", "AUX") and subject is not None:  # "said their meeting had been useful"
            if subject.conjuncts:
                return [subject]
            partners = _met_by(node)  # "A met B before their talks with C": "their" is A and B
            return [subject, *partners] if partners else []
    return []


def apart_from_its_verb(noun: Token) -> bool:
    """"A met B in X on Monday after their talks with C": an encounter with a side of its own, sequenced by a
    meeting verb that has its own counterpart, is another encounter; the verb's day, place and channel are the
    first one's. "agreed on Tuesday, after a call with C" has no encounter on the verb and shares its day."""
    return noun.dep_ == "pobj" and noun.head.lower_ in (*_SEQUENCE_PREPS, "following") and any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children) and bool(_met_by(noun.head.head))


def encounters_apart(verb: Token) -> list[Token]:
    """The sequencing phrases ("after their talks with C") on a meeting verb that tell an encounter of their own."""
    return [p for p in verb.children if p.dep_ == "prep"
            and any(o.dep_ == "pobj" and apart_from_its_verb(o) for o in p.children)]


def _met_by(verb: Token) -> list[Token]:
    """Whom the subject of a meeting verb met ("met B", "talked with B", "spoke to B"): with the subject, the pair
    a later "their" names; "A said their talks ..." names no pair."""
    lemma = _lemma(verb)
    if lemma not in LEX.meet_verbs | LEX.talk_verbs:
        return []
    partner_preps = ("with", "to") if lemma in LEX.talk_verbs else ("with",)  # "spoke to B before their talks"
    return [o for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in partner_preps)
            for o in ((c,) if c.dep_ == "dobj" else c.children) if o.dep_ in ("dobj", "pobj")]


def _held_between(noun: Token) -> list[Token]:
    """"talks held in X on Tuesday between A and B": the sides may hang on the participle that tells the
    encounter taking place rather than on the noun."""
    return [p for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in LEX.holding_verbs
            for p in c.children if p.dep_ == "prep" and p.lower_ in ("between", "with")]


def _visitor_prep(noun: Token, prep: Token) -> bool:
    """"a visit by X (to Y)", "a dinner for X": the visitor or the guest is a side, as the one visited is."""
    return (prep.lower_ == "by" and _lemma(noun) == "visit") or (prep.lower_ == "for" and _is_meal(noun))


def _is_meal(noun: Token) -> bool:
    return _lemma(noun) in LEX.encounter_meals or noun.lower_ in LEX.encounter_meals


def _dangling_object(prep: Token) -> list[Token]:
    """"a courtesy call on Trade Minister X": the small model may leave the preposition without its object and
    hang the titled name on the noun, the verb or as the subject of the clause after it; the name that starts
    right after the preposition is its object all the same."""
    if any(c.dep_ == "pobj" for c in prep.children):
        return []
    return _name_from(prep.doc, prep.i + 1)


def stranded_relatives(noun: Token) -> list[Token]:
    """"a meeting with B planned for Friday": the small model may leave "with" without its object and read B as
    the subject of a relative clause ("the meeting B planned"). B is the meeting's side, and the clause a
    participle on the meeting."""
    stranded = {t.i for p in noun.children if p.dep_ == "prep" and p.lower_ in _NOUN_PARTY_PREPS
                for t in _dangling_object(p)}
    return [c for c in noun.children if c.dep_ == "relcl" and any(s.i in stranded for s in c.children)]


def stranded_conjunct(token: Token) -> list[Token]:
    """"talks between A and league president B were postponed": the small model may keep the "and" on A and
    make B a second subject of the verb whose subject holds A; the name that starts right after the "and" is
    A's conjunct. A name that is its verb's only subject starts a clause of its own ("met A, and B had ...")."""
    ands = [c for c in token.children if c.dep_ == "cc" and c.lower_ == "and"]
    if not ands or any(c.dep_ == "conj" for c in token.children):
        return []
    named = [n for n in _name_from(token.doc, ands[-1].i + 1) if n.dep_ in _SUBJECT_DEPS and _holds_subject(
        n.head, token, n)]
    return named or _name_on_verb(token.doc, ands[-1].i + 1, token)


def _holds_subject(verb: Token, token: Token, other: Token | None = None) -> bool:
    """Whether `verb` has a subject (other than `other`) whose phrase holds `token`."""
    skip = other.i if other is not None else -1
    return any(c.dep_ in _SUBJECT_DEPS and c.i != skip and c.left_edge.i <= token.i <= c.right_edge.i
               for c in verb.children)


def _name_on_verb(doc: Doc, start: int, token: Token) -> list[Token]:
    """"Talks between A and B resume on Monday": the small model may read "B resume" as one noun phrase, the
    clause's verb taken for a noun with B its modifier. When the phrase after "and" ends on the verb of the
    clause whose subject holds A, its last proper noun hung on that verb is A's conjunct."""
    node = doc[start]
    while node.head.i > node.i and node.dep_ in _NP_INNER:
        node = node.head
    if node.pos_ == "PROPN" or not _holds_subject(node, token):
        return []
    return [t for t in doc[start:node.i] if t.pos_ == "PROPN" and t.head.i == node.i][-1:]


def _name_from(doc: Doc, start: int) -> list[Token]:
    """The proper name whose phrase starts at `start` ("league president B" -> B), as a one-item list."""
    if start >= len(doc):
        return []
    node = doc[start]
    while node.head.i > node.i and node.dep_ in _NP_INNER:
        node = node.head
    return [node] if node.pos_ == "PROPN" else []


def _organisers(noun: Token) -> list[Token]:
    """"a gathering led by X and Y", "talks chaired by X": who leads or hosts an encounter takes part in it.
    "talks hosted by X with Y": the small model hangs the guest on the host; the talks are with Y all the same."""
    clauses = [c for c in noun.children if c.dep_ == "acl" and _lemma(c) in LEX.organising_verbs]
    hosts = [obj for clause in clauses for agent in clause.children if agent.dep_ == "agent"
             for obj in agent.children if obj.dep_ == "pobj"]
    withs = [p for head in (*clauses, *hosts) for p in head.children if p.dep_ == "prep" and p.lower_ == "with"]
    return [*hosts, *(g for p in withs for g in ([c for c in p.children if c.dep_ == "pobj"] or _dangling_object(p)))]


def _venue_of_meeting(noun: Token) -> bool:
    """"will meet X at a gathering led by Y": the gathering is where the meeting the verb tells happens, so
    its people join that meeting."""
    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and (
        _lemma(verb) in LEX.meet_verbs or _lemma(verb) in LEX.talk_verbs)


def _is_call(noun: Token) -> bool:
    """"a phone call to X", "paid a courtesy call on X": the one called is a party, as "a visit to X" names a
    place. A date after "on" names no one."""
    return _lemma(noun) == "call"


def _stray_partners(noun: Token) -> list[Token]:
    """"informed X of his call on Wednesday with Y", "held a call on Thursday with Y": a "with" right after
    the noun's phrase belongs to the call, though the small model hangs it on the verb above."""
    doc = noun.doc
    nxt = noun.right_edge.i + 1
    for _ in range(2):  # step over "on Thursday" when it hangs on the verb, not on the call
        if nxt < noun.sent.end and doc[nxt].dep_ == "prep" and any(
                c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in doc[nxt].children):
            nxt = doc[nxt].right_edge.i + 1
    if nxt >= noun.sent.end or doc[nxt].lower_ != "with" or doc[nxt].dep_ != "prep":
        return []
    head = doc[nxt].head
    if head.i == noun.i or noun not in head.subtree or _lemma(head) in LEX.meet_verbs | LEX.talk_verbs:
        return []
    return [c for c in doc[nxt].children if c.dep_ == "pobj"]


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
    noun = _measured_by(noun)
    ahead = noun.head.lower_ == "before" and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    if noun.dep_ != "pobj" or not (noun.head.lower_ in ("after", "following") or ahead) or (
            noun.head.head.pos_ != "VERB"):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    verb = noun.head.head
    if _lemma(verb) in LEX.speech_verbs:  # "A and B agreed ..., the ministry said after talks": A and B;
        return next((c for c in verb.children if c.dep_ == "ccomp"), verb)  # with one side told, the speaker too
    return verb


def _assembled(noun: Token) -> list[Token]:
    """"The roundtable brought together X, Y and Z", "the meeting included X": the noun's own
    predicate lists who attended."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or _lemma(verb) not in LEX.assembly_verbs:
        return []
    if _lemma(verb) == "bring" and not any(c.lower_ == "together" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _is_negotiation(noun: Token) -> bool:
    """Bargaining, negotiating or mediation: an encounter of two bodies, one of which reports on it."""
    words = {noun.lower_, _lemma(noun), *(c.lower_ for c in noun.children if c.dep_ in ("compound", "amod"))}
    return bool(words & LEX.encounter_negotiations)


def _reporting_speaker(token: Token, names: NameIndex) -> Participant | None:
    """"X said the talks with Y were useful": the one reporting on talks "with Y" is the other side."""
    root = token.sent.root
    if _lemma(root) not in LEX.speech_verbs or token.i == root.i:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i <= token.i <= subject.right_edge.i:
        return None
    return _spoken_for(subject, names) or names.participant(subject)


def _spoken_for(voice: Token, names: NameIndex) -> Participant | None:
    """"X's office said", "a spokeswoman for X said", "X's aides said": a voice that speaks for X reports X's
    encounter, so X is the side, not the office or the spokesperson."""
    if _lemma(voice) not in LEX.voice_nouns:
        return None
    owners = [c for c in voice.children if c.dep_ == "poss"] + [
        o for p in voice.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children
        if o.dep_ == "pobj"]
    found = (names.participant(owner) for owner in owners)
    return next((p for p in found if p is not None and p is not PLURAL), None)


def _acting_body(subject: Token, noun: Token, names: NameIndex) -> bool:
    """"It opened talks with X", "it had to resume negotiations": an "it" that acts on the talks is
    the organisation the cast resolves it to. "It was a good meeting" judges the meeting, and "it would be
    hard to hold talks" is no one: an "it" of "be" is never a side."""
    if bare_lower(subject) != "it" or noun.dep_ == "attr" or _lemma(subject.head) == "be":
        return False
    return names.organisation(subject) is not None


def _evaluating_speaker(subject: Token, names: NameIndex) -> Participant | None:
    """"X said it was a good meeting": someone judging a meeting from the inside attended it."""
    root = subject.sent.root
    if _lemma(root) in LEX.speech_verbs:
        for child in root.children:
            if child.dep_ == "nsubj" and child.i != subject.i:
                return _spoken_for(child, names) or names.participant(child)
    return names.quote_speaker(subject)


def governing_verb(noun: Token) -> Token | None:
    """The verb that holds, has, attends or cancels the meeting noun, if the noun is its argument; failing
    that, the verb of its own relative clause ("welcomed the talks that both sides will hold"), whose
    subjects are the sides."""
    noun = _measured_by(noun)
    setting = setting_verb(noun)
    if setting is not None:
        return setting
    relative = _held_in_relative(noun)
    if relative is not None:
        return relative
    own = own_clause(noun)
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = _named_as(head) or head.head
        if head.lower_ == "out" and head.dep_ == "prep":
            head = head.head  # "two out of five sessions"
        elif head.pos_ == "ADV" and head.dep_ == "advmod":
            head = head.head  # "were back at the negotiating table"
        if noun.head.lower_ == "of" and head.tag_ == "CD" and head.dep_ == "dobj":
            head = head.head  # "cancelled two of the four sessions": the count is the verb's object
    elif noun.dep_ not in ("dobj", "attr", "nsubj", "nsubjpass"):
        return own[-1] if own else None
    if head.pos_ in ("VERB", "AUX") and noun.dep_ not in ("nsubj", "nsubjpass") and (
            _lemma(head) in LEX.occurrence_verbs or _lemma(head) in LEX.cancel_words or postpones(head) or (
            _bids_to_come(head) and noun.head.lower_ == "to") or (
            _lemma(head) in LEX.consent_verbs and noun.head.lower_ in ("on", "to"))):
        return head  # "summoned X to a meeting", "invited X to talks": the one who summons or invites meets X
    return own[-1] if own else None


def _bids_to_come(verb: Token) -> bool:
    """"summoned X to talks", "has invited X to a meeting": an invitation told as made, not one only weighed
    ("would consider inviting X to a session")."""
    return _lemma(verb) in LEX.summoning_verbs or (
        _lemma(verb) in LEX.inviting_verbs and verb.dep_ not in ("xcomp", "pcomp", "advcl", "acl"))


def _measured_by(noun: Token) -> Token:
    """"after two days of talks", "a new round of negotiations": the measure stands in the sentence for the
    talks it measures."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in LEX.measure_nouns:
        return head.head
    return noun


def _held_in_relative(noun: Token) -> Token | None:
    """"the summit A and B will hold", "the talks that X held with Y": the relative clause's verb holds the
    meeting noun, and its subject holds the meeting."""
    misread = stranded_relatives(noun)
    for clause in noun.children:
        if clause in misread:
            continue
        if clause.dep_ == "relcl" and _lemma(clause) in LEX.occurrence_verbs and not any(
                c.dep_ in ("dobj", "attr") and c.tag_ not in ("WDT", "WP") for c in clause.children) and any(
                c.dep_ in _SUBJECT_DEPS and c.tag_ not in ("WDT", "WP") for c in clause.children):
            return clause
    return None


def _named_as(prep: Token) -> Token | None:
    """"had what they described as a useful meeting": the meeting is what the outer verb had."""
    naming = prep.head
    if prep.lower_ != "as" or _lemma(naming) not in LEX.naming_verbs or naming.dep_ not in ("ccomp", "relcl"):
        return None
    return naming.head


def setting_verb(noun: Token) -> Token | None:
    """"discussed the budget during a meeting": the meeting is where the verb's subject acted, so the
    subject took part, and the verb's tense (not its meaning) tells whether it happened. The phrase
    is often parsed onto the object ("discussed [security in a call]"); it still sets the verb's scene."""
    prep = noun.head
    if noun.dep_ != "pobj" or not (prep.lower_ in _SETTING_PREPS or (
            prep.lower_ == "from" and _lemma(prep.head) in LEX.emerging_verbs) or (  # "emerged from a meeting"
            prep.lower_ == "over" and _lemma(noun) in LEX.measure_nouns)):  # "agreed a deal over two days of talks"
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head
    if verb.pos_ != "VERB" or _lemma(verb) in LEX.occurrence_verbs:
        return None
    return verb


def _addressees(noun: Token, verb: Token, names: NameIndex) -> list[Token]:
    """"During the talks, X told Y that ...", "X presented the findings to Y at a meeting": the one addressed
    inside the talks is the other side, as is the one a verb of address acts on there ("lobbied Y in a meeting",
    "entertained Y at a dinner"); one criticised or praised at a meeting may be elsewhere."""
    setting = setting_verb(noun)
    if setting is None or setting.i != verb.i:
        return []
    if _lemma(verb) == "tell":
        return [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    addressed = [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"]
    if _lemma(verb) not in LEX.addressing_verbs:
        return addressed
    return addressed + [c for c in verb.children if c.dep_ == "dobj" and names.label.get(c.i) in (PERSON, ORG)]


def is_setting(noun: Token) -> bool:
    return setting_verb(noun) is not None


def _own_subjects(verb: Token) -> list[Token]:
    """"X, who met Y on Monday, said ...": the encounter told in a relative clause is the antecedent's. A trip
    so told ("X, who visited Lisbon last year, held talks") is an aside on X, another scene."""
    if verb.dep_ == "relcl" and _lemma(verb) not in LEX.travel_verbs and any(
            c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children):
        return [verb.head]
    return _taken_by_fronted_clause(verb, subjects(verb))


def _fronted_in(noun: Token) -> Token | None:
    """The main verb of the sentence an encounter noun opens in a fronted phrase ("After his talks with X, ..."),
    which the small model may also read as the verb's subject ("after" as a conjunction)."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        if verb.dep_ == "npadvmod":  # "Hours after his talks with X, Y flew ...": the span of time hangs on the verb
            verb = verb.head
    elif noun.dep_ == "nsubj":
        verb = noun.head
    else:
        return None
    comma = _fronted_end(verb)
    if comma is None or noun.i > comma:
        return None
    return verb if any(s.i > comma for s in _own_subjects(verb)) else None


def _fronted_end(verb: Token) -> int | None:
    """Where a sentence-opening phrase or clause on `verb` ends: the last comma before the verb."""
    start = verb.sent.start + 1
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.i < verb.i and ((_opening_phrase(c) and _opening_edge(c) <= start) or (
                c.dep_ == "mark" and c.i <= start and c.lower_ in _FRONTING_MARKS)) for c in verb.children):
        return None
    return next((t.i for t in reversed(verb.doc[start : verb.i]) if t.text == ","), None)


def _opening_edge(phrase: Token) -> int:
    """Where a phrase on a verb starts, with the span of time before it ("Three weeks after his talks"): the
    small model may hang the span and the "after" on the verb side by side."""
    edge = phrase.left_edge.i
    span = phrase.doc[edge - 1] if edge > 0 else None
    if span is not None and span.dep_ == "npadvmod" and span.head.i == phrase.head.i:
        return span.left_edge.i
    return edge


def _opening_phrase(child: Token) -> bool:
    """A phrase or clause that can open a sentence before its verb: "After talks with X", "Hours after the
    vote" (a span of time that carries its own "after")."""
    return child.dep_ in ("prep", "advcl") or (
        child.dep_ == "npadvmod" and any(c.dep_ == "prep" for c in child.children))


def _taken_by_fronted_clause(verb: Token, found: list[Token]) -> list[Token]:
    """"After a call with X, President Y met Z": the small model hangs Y on X as an apposition and leaves the
    verb with no subject (or makes "call" its subject); "Before meeting X, the head of W, Y, spoke to Z" makes X,
    the participle's object, the verb's subject. A fronted phrase ends at its comma: the people after it act in
    the main clause."""
    comma = _fronted_end(verb)
    if comma is None:
        return found
    before = verb.doc[found[0].left_edge.i - 1] if len(found) == 1 and found[0].left_edge.i > 0 else None
    if before is not None and before.tag_ == "VBG" and before.dep_ == "pcomp" and before.head.head.i == verb.i and (
            not any(c.dep_ == "dobj" for c in before.children)):  # the participle's object: the name after, last
        return [t for t in found[0].subtree if t.dep_ == "appos" and t.i < verb.i][-1:] or found
    if not all(s.i < comma for s in found):
        return found
    last = verb.doc[verb.i - 1]
    while last.dep_ == "compound" and comma < last.head.i < verb.i:
        last = last.head
    stolen = last.i > comma and last.dep_ == "appos" and last.head.i < comma and last.pos_ in ("PROPN", "NOUN")
    return [last] if stolen else found


def subjects(verb: Token) -> list[Token]:
    """The subjects of a verb or of the verb it complements ("is expected to travel": the one expected)."""
    node = verb
    for _ in range(_MAX_CLIMB):
        # "a team which met Y" is the team's; "X, who visited Y last year, held talks" tells an aside on X
        found = clause_subjects(node, relatives=("WDT",))
        if found:
            return found
        if node.dep_ == "relcl":
            return [node.head]
        trip = node.head
        if node.dep_ == "acl" and trip.dep_ == "dobj" and trip.pos_ == "NOUN" and _lemma(trip) in LEX.travel_verbs:
            node = trip.head  # "postponed a trip to X to meet Y": who takes (or puts off) the trip meets Y
            continue
        if node.dep_ not in _CLIMB_DEPS or node.head.i == node.i:
            return []
        node = node.head
    return []


def _verb_objects(verb: Token, kind: str, names: NameIndex) -> list[Token]:
    objects = []
    idiom = face_to_face(verb)
    for child in verb.children:
        if child in idiom:  # "met X face to face": the small model makes X a compound or subject of "face"
            objects.extend(c for c in child.children if c.dep_ in ("compound", "nsubj") and c.pos_ == "PROPN")
        elif child.dep_ in ("dobj", "attr") and child.lower_ != "part":
            objects.append(child)
            if kind == "talk":
                objects.extend(topic_partners(child))
            elif _is_meal(child):  # "hosted a dinner for X": the guest
                objects.extend(o for p in child.children if p.dep_ == "prep" and p.lower_ == "for"
                               for o in p.children if o.dep_ == "pobj")
        elif child.dep_ == "agent" or (child.dep_ == "prep" and _is_party_prep(child.lower_, kind)):
            objects.extend(c for c in child.children if c.dep_ == "pobj" and not _destination(verb, child, c))
            if child.dep_ == "agent":  # "spoke by phone with X", "by phone" read as a passive's agent
                objects.extend(_channel_partners(child))
        elif child.dep_ == "prep":
            objects.extend(_channel_partners(child))
        elif child.dep_ in ("npadvmod", "tmod") and child.ent_type_ == "DATE":  # "met X Monday": X a compound of it
            objects.extend(c for c in child.children if c.dep_ == "compound" and names.label.get(c.i) == PERSON)
        elif child.dep_ == "conj" and (misread := misread_conjunct(verb, child)):
            objects.extend(misread)
        elif _names_the_role_before(child, names):
            objects.append(child)
    return objects + _with_face_to_face(idiom)


def _with_face_to_face(idiom: list[Token]) -> list[Token]:
    """"met face to face with X": the small model hangs "with X" on one of the idiom's words."""
    return [o for word in idiom for w in word.subtree
            if w.dep_ == "prep" and w.lower_ == "with" and w.head.lower_ == "face"
            for o in w.children if o.dep_ == "pobj"]


def face_to_face(verb: Token) -> list[Token]:
    """The two "face" words of "met X face to face" ("face-to-face") when the small model reads the phrase as
    the verb's object, clause or conjunct; the counterpart and the place and day then hang on them."""
    doc = verb.doc
    for child in verb.children:
        if child.lower_ != "face" or child.i < verb.i:
            continue
        rest = [t.lower_ for t in doc[child.i + 1 : child.i + 5]]
        if rest[:2] == ["to", "face"]:
            return [child, doc[child.i + 2]]
        if rest == ["-", "to", "-", "face"]:
            return [child, doc[child.i + 4]]
    return []


def misread_conjunct(verb: Token, conj: Token) -> list[Token]:
    """"met A and envoy B", "met A and astronomer B": the small model may hang the second counterpart on the
    verb, as a name or as the object of its title read as a second verb. A bare base form joined to a finite
    verb ("met A and astronomer B") is no verb of the sentence; "met A and thanked B" is."""
    if conj.pos_ == "PROPN":
        return [conj]
    if conj.tag_ != "VB" or verb.tag_ not in ("VBD", "VBZ") or any(
            c.dep_ in ("aux", "nsubj", "nsubjpass") for c in conj.children):
        return []
    return [c for c in conj.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]


def topic_partners(topic: Token) -> list[Token]:
    """"discussed the budget with X", "negotiated a deal with the union": the small model hangs "with X" on
    the topic discussed; the partner is the verb's all the same."""
    return [obj for prep in topic.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for obj in prep.children if obj.dep_ == "pobj"]


def _names_the_role_before(token: Token, names: NameIndex) -> bool:
    """"met governors A, B and C": the small model hangs the names on the verb, right after the plural role
    they name."""
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return token.dep_ == "npadvmod" and names.label.get(token.i) == PERSON and before is not None and (
        before.dep_ == "dobj" and before.tag_ == "NNS" and before.head.i == token.head.i)


def _channel_partners(prep: Token) -> list[Token]:
    """"spoke by telephone with X": the small model hangs "with X" on the channel, not on the verb. "met B after
    their call with C" sequences another encounter: C is its side, not the verb's."""
    if prep.lower_ in (*_SEQUENCE_PREPS, "following"):
        return []
    channels = [c for c in prep.children if c.dep_ == "pobj" and (
        c.lower_ in LEX.phone_words or c.lower_ in LEX.video_words)]
    return [obj for channel in channels for p in channel.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
            for obj in p.children if obj.dep_ == "pobj"]


def _destination(verb: Token, prep: Token, obj: Token) -> bool:
    """"welcomed X to Congress House", "invited X to the Grand Hotel": with the guest as object, a venue after
    "to" is where the guest came, not a side ("spoke to the ministry" has no object and keeps it)."""
    return prep.lower_ == "to" and any(c.dep_ == "dobj" for c in verb.children) and (
        obj.lower_ in LEX.venue_words or obj.lower_ in LEX.venue_org_heads)


def _is_party_prep(prep: str, kind: str) -> bool:
    return prep in _PARTY_PREPS or (kind == "attend" and prep == "in")


def _add_coordinated(token: Token, names: NameIndex, parties: Parties) -> None:
    """The side `token` heads, its conjuncts included. A described group beside a named member of the same
    side ("met union representative X and relatives of the injured workers") is told with it, not a side
    of its own: the name stands for the side, the group only when nobody on it is named."""
    side = Parties()
    _read_coordination(token, names, side)
    named = any(p.name != p.title for p in side.named)
    parties.plural = parties.plural or side.plural
    for participant in side.named:
        if not (named and _described_around(participant)):
            parties.add(participant)


def _described_around(group: Participant) -> bool:
    """"relatives of the injured workers", "their federal counterparts": a group told by what follows it or by
    whose it is, not by a word of its own kind ("union representatives", "Andorran officials" are a side)."""
    words = group.name.split()
    return group.name == group.title and group.name[:1].islower() and (
        words[0] in _OWNERS or any(w in _DESCRIBING_PREPS for w in words[1:]))


def _read_coordination(token: Token, names: NameIndex, parties: Parties) -> None:
    stack, seen = [token], set()
    while stack:
        current = stack.pop(0)
        if current.i in seen:  # the repairs of misparsed coordination may point back: each token once
            continue
        seen.add(current.i)
        slip = _name_before_group(current, names)
        members = [] if slip is not None else names.group_members(current)
        if slip is not None:  # "met X and staff representatives" read as "[X and staff] representatives"
            parties.add(names.participant(slip[0]))
            parties.add(slip[1])
        elif members:
            for member in members:
                parties.add(member)
            stack.extend(g for p in current.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                         for g in o.conjuncts if is_plural_role(g))  # "officials of Y" hung on the X of "bosses at X"
        else:
            parties.add(names.participant(current) or _split_name(current, names))
        stack.extend(c for c in current.children if c.dep_ == "conj" or _misparsed_coordination(c))
        stack.extend(names.conjoined_inside(current))
        stack.extend(stranded_conjunct(current))
        stack.extend(g for c in current.children if c.dep_ == "compound"
                     for g in c.children if _misparsed_coordination(g))  # ... hung on B's title
        stack.extend(g for c in current.children if c.dep_ == "appos"
                     for g in c.children if g.dep_ == "conj")  # "union leader A and B": B hung on the name A
        if names.label.get(current.i) == PERSON:
            stack.extend(_listed_after(current, names))
        elif current.tag_ == "NNS":  # "the heads, including X"; "players A and B"
            stack.extend([*_included(current), *_appositive_names(current)])


def _name_before_group(token: Token, names: NameIndex) -> tuple[Token, Participant] | None:
    """"met X and staff representatives", "talks with X and Andorran officials": the small model may read a
    name coordinated with a described group as a modifier of the group's noun ("[X and staff] representatives").
    A name is no kind of representative: X is one side, and the words after "and" describe the other."""
    if token.tag_ != "NNS":
        return None
    for name in (c for c in token.lefts if c.dep_ in ("nmod", "compound") and names.label.get(c.i)):
        described = [c for c in name.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "ADJ", "PROPN")
                     and c.i < token.i and (names.label.get(name.i) == PERSON or not names.label.get(c.i))]
        if described and any(c.dep_ == "cc" for c in name.children):
            group = token.doc[described[0].i : token.i + 1].text
            return name, Participant(name=group, title=group, kind="person")
    return None


def _split_name(token: Token, names: NameIndex) -> Participant | None:
    """"Governor Park Ji-ho": the tokenizer splits a hyphenated given name, and the small model hangs
    the name on its last piece; the person is the name among that piece's modifiers."""
    hyphen = token.doc[token.i - 1] if token.i > 0 else None
    if hyphen is None or hyphen.text != "-" or hyphen.whitespace_:
        return None
    name = next((c for c in reversed(list(token.lefts)) if c.dep_ == "compound" and names.label.get(c.i) == PERSON),
                None)
    return names.participant(name) if name is not None else None


def _appositive_names(group: Token) -> list[Token]:
    """"players A and B", "shop stewards A and B": the names in apposition are the group."""
    return [c for c in group.children if c.dep_ == "appos" and c.pos_ == "PROPN"]


def _included(group: Token) -> list[Token]:
    """"the heads of five agencies, including X": the named member stands for the unnamed group."""
    preps = [t for t in group.subtree if t.dep_ == "prep" and t.lower_ == "including"][:_MAX_LISTED]
    return [obj for prep in preps for obj in prep.children if obj.dep_ == "pobj"]


def _listed_after(person: Token, names: NameIndex) -> list[Token]:
    """Long lists of "Name, title of Org," or "Name of Org" are parsed with the next name hanging on the
    title, on the organisation or as an apposition; each such name is one more member of the list."""
    found = []
    stack = [c for c in person.children if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of")]
    while stack and len(found) < _MAX_LISTED:
        node = stack.pop()
        if node.dep_ in ("appos", "conj") and node.i != person.i and _name_like(node, names):
            found.append(node)  # its own titles are walked when it is processed in turn
            continue
        stack.extend(c for c in node.children if c.dep_ in ("appos", "conj", "prep", "pobj"))
    return found


def _name_like(token: Token, names: NameIndex) -> bool:
    """A name in a list of people; "X, the new Minister," is X's title, not one more person."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or is_office_title(token.lower_):
        return False
    return names.label.get(token.i) in (PERSON, None)


def _misparsed_coordination(token: Token) -> bool:
    """"Minister A and Minister B held ..." is sometimes parsed with A as a modifier of B that owns the "and";
    "Priya Ramaswamy and Metro Rail met" with the given name as the modifier and the surname, owning the "and",
    in apposition to it."""
    owners = (token, *(a for a in token.children if a.dep_ == "appos"))
    return token.dep_ == "nmod" and any(c.dep_ == "cc" for t in owners for c in t.children)


def _is_definite(noun: Token) -> bool:
    """"the talks", "their meeting", "Sunday's meeting": an encounter already told."""
    return any((c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE) or (c.dep_ == "poss" and c.ent_type_ == "DATE")
               for c in noun.children)


def _is_sequenced(noun: Token) -> bool:
    """"was preceded by a discussion", "before the talks": a second, separate encounter."""
    head = noun.head
    if noun.dep_ != "pobj":
        return False
    if head.dep_ == "agent" and _lemma(head.head) in ("precede", "follow"):
        return True
    return head.lower_ in _SEQUENCE_PREPS


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
