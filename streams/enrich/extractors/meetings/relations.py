"""How one mention relates to the encounters around it, read from words the parse alone does not weigh.

- a new encounter of people already met: "further discussions are planned", "their last meeting",
  "the last time the meeting took place", "the first call following last week's meeting";
- a second encounter of the same protagonist: "The president also met with X" (a meeting verb with
  "also" and someone new on the other side), while "X also attended the talks" joins the one told;
- companions: "The president was accompanied by A and B" adds A and B to the visit just told and
  never founds an encounter of its own;
- an invitation: "invited X to visit" has X, the object of "invited", as the visitor;
- a lede's counted role named later: "Two ministers held talks ..." then "Minister A ...",
  "Minister B also attended": the first two people with that role after it.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from streams.enrich.extractors.meetings.departures import departs_for, is_journey
from streams.enrich.extractors.meetings.detect import tells_a_contest
from streams.enrich.extractors.meetings.governing import is_setting
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import ORG, PERSON, PLACE, NameIndex, is_plural_role
from streams.enrich.extractors.meetings.prospects import assembly_clause
from streams.enrich.extractors.meetings.roll_call import listed, listed_person, roll_call
from streams.enrich.extractors.meetings.slips import stranded_conjunct
from streams.enrich.model import Participant
from streams.enrich.vocabulary.places import country_code, country_name, demonym_code

_SEQUENCE_PREPS = ("following", "after", "before", "since", "preceding")
_EARLIER_MARKS = ("after", "following")
_BACK_POINTERS = ("the", "that", "this", "these", "those")
_TIME_ORDINALS = ("last", "previous", "first")
_CATAPHOR_SENTENCES = 6
_APPOSITION_REACH = 80  # tokens: the next sentence or two
_MIN_NAMED = 2
_QUITTING = ("withdraw", "quit", "exit")  # "withdrew from talks", "quit talks": one side leaves them
_COUNTRY_LOOKBACK = 2  # sentences before the one with "the two countries"
_SIDES_LOOKBACK = 3  # sentences before the one with "the two sides"
_RELAYING_VERBS = frozenset({"quote", "report", "cite", "carry", "broadcast", "publish"})
_VENUE_PREPS = ("in", "at", "to", "near")
_CHAIN = 3  # verbs: "had to resume"
_SIDED = {"trilateral": 3, "tripartite": 3, "quadrilateral": 4, "quadripartite": 4}
_SIDE_WORDS = ("way", "nation", "country", "party", "power", "side")  # "three-way", "four-nation"
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def is_repeat(trigger: Token, governor: Token | None = None) -> bool:
    """"further talks", "another meeting", "will instead hold a video call", "the last time the meeting
    took place": an encounter of the same people as the one told, but not that one."""
    heads = [trigger] if governor is None else [trigger, governor]
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in LEX.repeat_markers for h in heads for c in h.children):
        return True
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None and verb.dep_ == "relcl" and verb.head.lower_ == "time":
        return any(c.dep_ == "amod" and c.lower_ in _TIME_ORDINALS for c in verb.head.children)
    return False


def follows_another(trigger: Token) -> bool:
    """"the first call following last week's meeting": the meeting named after the sequence word is
    another encounter than the call it is hung on."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in _SEQUENCE_PREPS:
        return False
    other = prep.head
    return other.i != trigger.i and (other.lower_ in LEX.meeting_nouns or lower_lemma(other) in LEX.meeting_nouns)


def earlier_round(trigger: Token) -> bool:
    """"A and B meet again on Friday after Thursday's talks collapsed", "will resume negotiations on Friday after
    talks on Monday broke down": an encounter the sentence puts before its own encounter, with no sides of its
    own, is an earlier round between the same sides, not the one the sentence tells."""
    clause = trigger.head
    told_after = (trigger.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _EARLIER_MARKS for c in clause.children)) or (
        trigger.dep_ == "pobj" and clause.lower_ in _EARLIER_MARKS and clause.dep_ == "prep")
    if not told_after or any(c.dep_ == "det" and c.lower_ in _BACK_POINTERS for c in trigger.children):
        return False  # "after the meeting ended": the one told, not a round of its own
    main = clause.head
    return main.i != trigger.i and any(_names_an_encounter(t) for t in (main, *(
        c for c in main.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))))


def _names_an_encounter(token: Token) -> bool:
    lemma = lower_lemma(token)
    if token.pos_ in ("VERB", "AUX"):
        return lemma in LEX.meet_verbs or lemma in LEX.talk_verbs or lemma in LEX.resuming_verbs
    return token.lower_ in LEX.meeting_nouns or lemma in LEX.meeting_nouns


def time_clause_verb(trigger: Token) -> Token | None:
    """"The last time the meeting took place was on October 4": the date hangs on the "was" that
    follows the clause (the small model may hang that "was" anywhere)."""
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.dep_ != "relcl" or verb.head.lower_ != "time":
        return None
    nxt = verb.right_edge.i + 1
    if nxt < len(trigger.doc) and trigger.doc[nxt].lemma_ == "be":
        return trigger.doc[nxt]
    return None


def also_another(trigger: Token, kind: str, governor: Token | None = None) -> bool:
    """"The president also met with X", "X also plans to delay the summit": a meeting verb, or
    the verb that holds or calls off a meeting noun, with "also" tells of one more encounter. "X also
    discussed trade at the meeting" and "X also attended" join the one told."""
    attending = governor is not None and lower_lemma(governor) in LEX.attend_verbs
    if kind == "noun" and governor is not None and not is_setting(trigger) and not attending:
        verbs = _verb_chain(governor)
    elif kind in ("meet", "talk") and not is_companion(trigger):
        verbs = [trigger]
    else:
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "also" for v in verbs for c in v.children)


def is_companion(trigger: Token) -> bool:
    """"was accompanied by A", "Also present were A and B"."""
    return lower_lemma(trigger) in LEX.companion_verbs or roll_call(trigger) is not None


def invitee(trigger: Token, names: NameIndex, known: list[Participant]) -> Participant | None:
    """"X invited Y to visit": Y, the object of the inviting verb, is the one who comes."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or lower_lemma(head) not in LEX.inviting_verbs:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    found = names.participant(obj)
    if found is not None and found.kind == "person" and any(p.name == found.name for p in known):
        found = _other_person_before(obj.i, names, known)  # "he ... invited him": not the inviter again
    return found if found is not None and found.name != "<plural>" else None


def _other_person_before(i: int, names: NameIndex, known: list[Participant]) -> Participant | None:
    taken = {p.name for p in known}
    for person in reversed([p for p in names.people if p.end <= i]):
        if person.name not in taken:
            return Participant(name=person.name, title=person.title, kind="person")
    return None


def role_named_later(trigger: Token, names: NameIndex) -> list[Participant]:
    """A lede's role named in the sentences after it: "A meeting of health ministers ... has been put
    off." then "The ministers - A, B, C and D - had planned ..."; or "Two ministers have had a meeting"
    then "Minister A ...", "Minister B also attended": the first people, as many as counted, whose title
    has the role's word."""
    role = next((t for t in names.sentence(trigger.i) if is_plural_role(t) and t.i != trigger.i), None)
    if role is None:
        return []
    word = lower_lemma(role)
    sent_starts = names.sent_starts
    here = next((k for k, s in enumerate(sent_starts) if s > trigger.i), len(sent_starts))
    limit = sent_starts[here + _CATAPHOR_SENTENCES] if here + _CATAPHOR_SENTENCES < len(sent_starts) else 10**9
    named = _named_by_apposition(role, word, sent_starts[here] if here < len(sent_starts) else limit, names)
    if named or not _count(role):
        return named
    wanted = _count(role)
    found: list[Participant] = []
    for person in names.people:
        if person.start <= role.i or person.start >= limit or len(found) == wanted:
            continue
        title = person.title or ""
        if word in title.lower() and all(p.name != person.name for p in found):
            found.append(Participant(name=person.name, title=title, kind="person"))
    return found if len(found) == wanted else []


def people_named_next(trigger: Token, names: NameIndex) -> list[Participant]:
    """"The two leaders met in X on Tuesday." then "A and B discussed trade.": a lede's group that no sentence
    before names is the people the next sentence names, when it names as many as the group counts (two, or
    more for a group counted no further)."""
    here = bisect_right(names.sent_starts, trigger.i) - 1
    if here + 1 >= len(names.sent_starts):
        return []
    start = names.sent_starts[here + 1]
    end = names.sent_starts[here + 2] if here + 2 < len(names.sent_starts) else len(names.doc)
    found: list[Participant] = []
    for person in names.people:
        if start <= person.start < end and all(p.name != person.name for p in found):
            found.append(Participant(name=person.name, title=person.title, kind="person"))
    wanted = max((_count(t) or (2 if t.lower_ in ("both", "pair") or any(c.lower_ == "both" for c in t.children)
                                else 0) for t in names.sentence(trigger.i) if t.lower_ in LEX.plural_anaphors
                  or is_plural_role(t)), default=0)
    if len(found) < _MIN_NAMED or (wanted and len(found) != wanted):
        return []
    return found


def _named_by_apposition(role: Token, word: str, start: int, names: NameIndex) -> list[Participant]:
    """"The ministers - A, B and C -" in the next sentence or the one after."""
    doc = names.doc
    end = min(len(doc), start + _APPOSITION_REACH)
    for token in (doc[i] for i in range(start, end)):  # spaCy builds the whole text for a slice starting past the end
        if lower_lemma(token) == word and token.tag_ == "NNS" and token.i != role.i:
            members = [p for p in names.group_members(token) if p.kind == "person" and p.name != p.title]
            if len(members) >= _MIN_NAMED:
                return members
    return []


def _count(token: Token) -> int:
    return next((_COUNTS[c.lower_] for c in token.children if c.dep_ == "nummod" and c.lower_ in _COUNTS), 0)


def joined_by(trigger: Token) -> tuple[list[Token], bool]:
    """"a summit involving X", "talks also including Y": the people the encounter takes in, and whether
    "also" adds them to the people of the encounter told before."""
    clause = assembly_clause(trigger)
    if clause is None:
        return [], False
    objects = [o for c in clause.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return objects, any(c.dep_ == "advmod" and c.lower_ == "also" for c in clause.children)


def walked_out(trigger: Token) -> Token | None:
    """"X walked out of the meeting", "pulled out of talks with Y", "withdrew from the summit": the verb whose
    subject left it (or will not come: see `withdrew`). "X broke off talks with Y": X ended them."""
    prep = trigger.head
    if trigger.dep_ == "dobj" and (breaks_off(prep) or lower_lemma(prep) in _QUITTING):
        return prep  # "quit talks with Y", "exited the talks": withdrew from them
    if trigger.dep_ != "pobj":
        return None
    if prep.lower_ == "from" and lower_lemma(prep.head) == "withdraw":
        return prep.head
    if prep.lower_ != "of":
        return None
    out = prep.head
    verb = out.head if out.lower_ == "out" and out.dep_ in ("prep", "prt", "advmod") else None
    if verb is not None and (lower_lemma(verb) in LEX.walkout_verbs or lower_lemma(verb) in LEX.withdrawal_verbs):
        return verb
    return None


def breaks_off(verb: Token) -> bool:
    """"broke off talks": ended an encounter under way, as walking out of it does."""
    return lower_lemma(verb) == "break" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def withdrew(leaver: Token | None) -> bool:
    """"pulled out of the talks planned for Friday", "withdrew from talks with X": who withdraws from an
    encounter calls it off (walking out of one under way is `left_while_under_way`)."""
    return leaver is not None and (lower_lemma(leaver) in LEX.withdrawal_verbs or lower_lemma(leaver) in _QUITTING)


def left_before_it_began(verb: Token) -> bool:
    """"walked out of the meeting before the officials arrived": it never took place."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in c.children)
               for c in verb.children)


def left_while_under_way(leaver: Token | None) -> bool:
    """"walked out of talks with X on Tuesday", "stormed out of the planned meeting": one walks out only of
    an encounter that has begun, so it was held (and ended early), on the day of the walk-out. Pulling out
    is withdrawing (see `withdrew`), and walking out before the others came is `left_before_it_began`."""
    return (leaver is not None and (lower_lemma(leaver) in LEX.walkout_verbs or breaks_off(leaver))
            and leaver.tag_ in ("VBD", "VBN") and not left_before_it_began(leaver))


def brought_for(trigger: Token) -> Token | None:
    """"joined X for talks", "invited X to Lisbon for talks", "welcomed X for dinner": the verb that brings
    someone to the encounter; its subject and whom it brings are the sides, its tense or plan the status."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    return verb if lower_lemma(verb) in LEX.gathering_verbs and brought(verb) else None


def brought(verb: Token) -> list[Token]:
    """Who the gathering verb brings: its object, or in the passive its agent ("was joined by X for talks")."""
    return [c for c in verb.children if c.dep_ == "dobj"] or [
        o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def trip_for(trigger: Token) -> Token | None:
    """"will travel to Madrid next week for talks with X": the traveller holds the talks, the trip
    sets their place, date and status. "cancelled a trip to Madrid for talks with X": the trip is a noun,
    and the verb that takes, plans or calls it off stands for it (its subject travels, its tense or
    cancellation is the talks' status)."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "for":
        return None
    trip = prep.head
    if not is_journey(trip):  # "will travel to X", "left for X on Monday for talks with Y"
        return None
    if trip.pos_ == "VERB":
        return trip
    return trip.head if trip.pos_ == "NOUN" and trip.dep_ == "dobj" and trip.head.pos_ == "VERB" else None


def arrival_ahead_of(trigger: Token) -> Token | None:
    """"arrived in X for talks with Y", "landed in X on Monday to meet Y", "left for X for talks with Y": an
    arrival, or a departure for X whatever its tense, opens a visit, so the encounter it is for was still ahead
    when it was told; unless the story says it took place it is planned, and the arrival's day is not its day.
    ("travelled to X to meet Y" tells the whole trip and reports.) Returns the arrival's verb."""
    node = trigger
    if trigger.dep_ == "dobj" and _to_infinitive(trigger.head):  # "arrived to hold talks with Y"
        node = trigger.head
    if node.dep_ == "pobj" and node.head.lower_ == "for":
        verb = node.head.head
    elif node.dep_ in ("advcl", "xcomp") and _to_infinitive(node):
        verb = node.head
    else:
        return None
    if departs_for(verb) is not None:  # "left for X for talks", "leaves for X on Friday, where she attends the summit"
        return verb
    return verb if lower_lemma(verb) in LEX.arrival_verbs and verb.tag_ == "VBD" else None


def _to_infinitive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def said_to_include(trigger: Token, governor: Token | None) -> list[Token]:
    """"reopened discussions with other bidders, thought to include X and Y": the hedged list names the
    unnamed counterparts."""
    heads = [trigger, *trigger.children, *_verb_chain(governor)]
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("advcl", "acl", "xcomp") or lower_lemma(clause) not in LEX.hedging_verbs:
                continue
            for comp in clause.children:
                if comp.dep_ == "xcomp" and lower_lemma(comp) == "include":
                    return [t for obj in comp.children if obj.dep_ == "dobj" for t in (obj, *obj.conjuncts)
                            if not any(c.dep_ == "case" for c in t.children)]  # "A's B": B, not its owner A
    return []


def _verb_chain(verb: Token | None) -> list[Token]:
    """The governor and the verbs it complements: "had to resume negotiations with rival bidders, believed
    to include X" hangs the hedge on "had"."""
    chain = []
    while verb is not None and len(chain) < _CHAIN:
        chain.append(verb)
        verb = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    return chain


def nationality_sides(party: Participant) -> list[Participant]:
    """"South Korean and Japanese trade officials", "U.K. and Chilean envoys": a group described by two
    nationalities (or a country and a nationality) is the two countries meeting, as a reader would name the
    sides; a country written by its name keeps the name as written."""
    if party.kind != "person" or party.name != party.title:
        return []
    words = party.name.replace(",", " ").split()
    sides: dict[str, str] = {}
    i = 0
    while i < len(words):
        pair = demonym_code(" ".join(words[i : i + 2])) if i + 1 < len(words) else None
        code = pair or demonym_code(words[i])
        written = None if code else country_code(words[i])
        if (code or written) and (code or written) not in sides:
            sides[code or written] = words[i] if written else (country_name(code) or "")
        i += 2 if pair else 1
    if len(sides) < _MIN_NAMED or not all(sides.values()):
        return []
    return [Participant(name=name, kind="country") for name in sides.values()]


def counted_countries(trigger: Token, governor: Token | None, names: NameIndex,
                      named: list[Participant]) -> list[Participant]:
    """"the two countries held talks", "officials of both nations met", "delay the four-nation summit": the
    last countries named before, as many as counted, within a few sentences. A count on the encounter
    itself ("trilateral talks") counts countries only when no one but countries is named as a side."""
    here = names.sentence(trigger.i)
    noun = next((t for t in here if t.lower_ in LEX.country_plurals and (
        _count(t) or any(c.lower_ == "both" for c in t.children))), None)
    if noun is not None and _a_side_of(noun, {trigger.i, *([governor.i] if governor is not None else [])}):
        wanted, anchor = _count(noun) or 2, noun.i
    elif _sides_counted(trigger) and all(p.kind == "country" for p in named):
        wanted, anchor = _sides_counted(trigger), trigger.i
    else:
        return []
    k = next((j for j, s in enumerate(names.sent_starts) if s > anchor), len(names.sent_starts)) - 1
    start = names.sent_starts[max(0, k - _COUNTRY_LOOKBACK)]
    found: list[Participant] = []
    for i in range(anchor - 1, start - 1, -1):
        span = names.span_of.get(i)
        if span is None or span[1] - 1 != i:
            continue
        party = names.participant(names.doc[i])
        if _a_venue(names.doc[i]):
            continue
        if party is not None and party.kind == "country" and all(p.name != party.name for p in found):
            found.insert(0, party)
            if len(found) == wanted:
                return found
    return []


def _a_venue(token: Token) -> bool:
    """"talks in X", "a trip to X", "on Sunday (X time)": a country or city named as where or when is no side."""
    return (token.dep_ == "pobj" and token.head.lower_ in _VENUE_PREPS) or token.head.ent_type_ in (
        "DATE", "TIME") or token.head.lower_ == "time"


def _sides_counted(trigger: Token) -> int:
    """"trilateral talks", "a three-way summit", "four-nation talks": how many sides the encounter has, when
    it says more than two (a "bilateral" meeting is as often one side's meeting with a guest)."""
    for mod in trigger.children:
        if mod.dep_ not in ("amod", "compound", "nmod"):
            continue
        if mod.lower_ in _SIDED:
            return _SIDED[mod.lower_]
        if lower_lemma(mod) in _SIDE_WORDS and _count(mod) > _MIN_NAMED:
            return _count(mod)
    return 0


def _a_side_of(noun: Token, verbs: set[int]) -> bool:
    """The countries are a side when they or the people acting for them ("officials of the two
    countries") are the encounter's argument; "a relationship between the two countries" is no side."""
    node = noun
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i in verbs:
            return True
        if node.pos_ == "ADP":
            continue
        if not is_plural_role(node):
            return False
    return False


def guest_or_host(trigger: Token, names: NameIndex) -> list[Token]:
    """"paid a visit to X" with X a person (a visit to a country meets no one), "hosted a dinner for X"."""
    lemma = lower_lemma(trigger)
    prep = "to" if lemma == "visit" and trigger.pos_ == "NOUN" else "for" if lemma == "host" else None
    if prep is None:
        return []
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    visited = [obj for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ == prep
               for obj in p.children if obj.dep_ == "pobj"]
    sides = [a for obj in visited for side in (obj, *obj.conjuncts)  # "to X and Y", "to X and the leader, Y"
             for a in (side, *(c for c in side.children if c.dep_ == "appos"))]
    return list({s.i: s for a in sides for s in (a, *a.conjuncts) if names.label.get(s.i) == PERSON}.values())


def people_present(trigger: Token, names: NameIndex) -> list[Token]:
    """"Also present were A, B and C", "Attendees included A; B; and C": every person named in the clause (the
    small model hangs such lists every which way)."""
    clause = roll_call(trigger)
    if clause is None:
        return []
    return [t for t in listed(clause) if names.label.get(t.i) == PERSON and names.span_of[t.i][1] - 1 == t.i
            and listed_person(names.span_of[t.i][1], names.span_of[t.i][0], t.doc)]


def relays_words(name: Token) -> bool:
    """"was quoted by X as saying", "reported by X", "according to X": a body named only as the one carrying
    someone's words takes no side in what they tell."""
    head = name.head
    if name.dep_ != "pobj":
        return False
    if head.lower_ == "by":
        return lower_lemma(head.head) in _RELAYING_VERBS
    return head.lower_ == "to" and head.head.lower_ == "according"


def sides_named_before(trigger: Token, names: NameIndex) -> list[Participant]:
    """"A company and a union resumed their dispute. The two sides met on Tuesday": with no two people
    named before, a group anaphor stands for the organisations or countries of the nearest sentence (up to
    the anaphor, a few sentences back) that names at least two, unless that sentence tells a contest."""
    here = bisect_right(names.sent_starts, trigger.i) - 1
    for k in range(here, max(-1, here - _SIDES_LOOKBACK - 1), -1):
        start = names.sent_starts[k]
        end = trigger.i if k == here else names.sent_starts[k + 1]
        found: list[Participant] = []
        for i in range(start, end):
            span = names.span_of.get(i)
            if names.label.get(i) not in (ORG, PLACE) or span is None or span[1] - 1 != i:
                continue
            if relays_words(names.doc[i]):
                continue  # "he was quoted by the X agency": the outlet only carries the words
            party = names.participant(names.doc[i])
            if party is not None and party.kind in ("organization", "country") and all(
                    p.name != party.name for p in found):
                found.append(party)
        if len(found) >= _MIN_NAMED:
            return [] if tells_a_contest(names.doc[start:end]) else found  # two teams: their "meeting" is a match
    return []


def sides_on_its_verb(trigger: Token) -> list[Token]:
    """"Talks were held on Monday between A and B", "Talks resume between A and B": the sides hang on the
    verb whose subject the meeting noun is (the small model may read the noun as the verb's compound)."""
    verb = trigger.head
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubjpass", "compound") or (
            verb.pos_ not in ("VERB", "AUX") or lower_lemma(verb) not in LEX.occurrence_verbs | LEX.happening_verbs):
        return []
    return [side for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("between", "among")
            for obj in prep.children if obj.dep_ == "pobj" for side in (obj, *obj.conjuncts, *stranded_conjunct(obj))]
