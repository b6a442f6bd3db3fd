"""Talks named but not held: wished for, offered, judged, stalled, ongoing, a process or a backdrop.

"pushing for talks", "would be willing to meet X", "talks are the only way forward", "negotiations had
stalled", "is in talks to buy X", "collective bargaining with the union", "on the sidelines of the summit":
each is a check that keeps a trigger word from becoming an encounter.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import cast_of
from streams.enrich.extractors.meetings.clause import own_clause
from streams.enrich.extractors.meetings.deals import topic_counterparts
from streams.enrich.extractors.meetings.group_session import group_named_before, named_head
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.own_sessions import named_body_owning
from streams.enrich.extractors.meetings.paired import paired_sides
from streams.enrich.extractors.meetings.wording import VERB_POS, has_party_prep, is_phone_call, modifiers

_OPEN_MARKS = ("whether", "if", "unless")  # a question left open or a condition: nothing told as happening
_SETTING_PREPS = ("at", "during")  # where a thing stood: "the offers at the meeting"
_PHASES = ("begin", "start", "open", "commence", "resume", "restart", "continue", "end", "conclude", "finish")
_STAYS = ("be", "remain", "stay")
_CLOCK_PREPS = ("at", "since", "from", "by", "until", "before", "after")  # "at the time of": when, not what


def judged_prospect(token: Token) -> bool:
    """"said talks with X were pointless", "talks are the only way forward": bare talks judged as a course to
    take or shun, not talks held ("the talks were constructive" are)."""
    head = token.head
    if token.tag_ != "NNS" or token.dep_ != "nsubj" or lower_lemma(head) != "be" or any(
            c.dep_ in ("det", "poss", "nummod", "amod") for c in token.children):
        return False
    return any(c.dep_ in ("acomp", "attr", "npadvmod") and lower_lemma(c) in LEX.prospect_judgements
               for c in head.subtree if not (token.left_edge.i <= c.i <= token.right_edge.i))  # "the only way forward"


def is_advocated(token: Token) -> bool:
    """"pushing for talks", "urged talks": wished-for talks are not an encounter."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif token.dep_ != "dobj" or lower_lemma(head) == "call":  # "called off the summit" is not a call for it
        return False
    if (lower_lemma(head) in LEX.resuming_verbs or lower_lemma(head) in LEX.occurrence_verbs) and head.dep_ in (
            "xcomp", "pcomp", "ccomp"):  # "refused to enter talks", "urged them to hold talks"
        return is_advocated(head) or lower_lemma(head.head) in LEX.advocacy_verbs or (
            head.head.lower_ == "for" and lower_lemma(head.head.head) in LEX.advocacy_verbs)  # "urged them to resume"
    return head.pos_ in VERB_POS and lower_lemma(head) in LEX.advocacy_verbs and not is_phone_call(token) and not any(
        c.dep_ in ("prt", "advmod") and (c.lower_ in LEX.postpone_particles or c.lower_ in LEX.summons_particles)
        for c in head.children) and not (
        own_clause(token))  # "pushed back"; "welcomed the talks that both sides will hold" are arranged, not wished


def is_hypothetical(token: Token) -> bool:
    """"would be willing to meet X", "offered to host talks", "would meet X if asked", "hopes to meet X one
    day", "whether she would meet X", "asked to meet X", "no plans for X to meet Y": an offer, a condition, an
    open question, a request, a plan denied or a wish for no day in particular, not an encounter anyone
    arranged."""
    if token.tag_ != "VBD" and (any(_no_day_in_particular(c) for c in token.children) or _wished_undated(token)):
        return True
    if token.dep_ == "acl" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children):
        return True  # "there are no plans for X to meet Y"
    if token.dep_ in ("xcomp", "ccomp") and lower_lemma(token.head) in LEX.requesting_verbs:
        return True  # "has asked to meet X": a request ("asked X questions at the meeting" is not one)
    if token.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") and not (
            _even(c)) for c in token.head.children):
        return True  # "if her visit to X went ahead, ...": the encounter is the condition's subject
    node = token
    for _ in range(3):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in node.children) or any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS and not _even(c)
                                              for c in node.children):
            return True  # "declined to say whether she would meet X", "if X met Y, the strike could end"
        if node.dep_ not in ("xcomp", "dobj", "pobj", "pcomp", "prep", "acomp") or node.head.i == node.i:
            return False
        node = node.head
        if _setting_of_a_thing(node):
            return False  # "weighed the offers at a meeting": the meeting is where the offers were, not one offered
        if lower_lemma(node) in LEX.hypothetical_heads and not (node.pos_ == "VERB" and lower_lemma(node) in
                                                            LEX.occurrence_verbs):
            return True  # "open to talks" is an offer; "opened talks with X" is talks that began
    return False


def _setting_of_a_thing(prep: Token) -> bool:
    """"the bids at Tuesday's session", "an offer made during the talks": an encounter hung by "at" or "during" on
    a noun is the setting where that thing stood, so the encounter took place; an offer *of* talks or a readiness
    *for* them (other prepositions, or "at" on a verb: "offered to meet her at the summit") stays open."""
    return prep.dep_ == "prep" and prep.lower_ in _SETTING_PREPS and prep.head.pos_ in ("NOUN", "PROPN")


def _no_day_in_particular(word: Token, day_deps: tuple[str, ...] = ("npadvmod",)) -> bool:
    """"someday", "one day", "some day", "at some point"."""
    return word.lower_ == "someday" or (word.lower_ == "day" and word.dep_ in day_deps and any(
        g.lower_ in ("one", "some") for g in word.children)) or _at_some_point(word)


def _wished_undated(token: Token) -> bool:
    """"hoped one day to meet X", "plans at some point to visit X": the wish for no day in particular stands on
    the plan the encounter completes (the small model may read "one day" as that verb's object, as a plan
    takes no day for its object)."""
    plan = token.head
    return token.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and (
        lower_lemma(plan) in LEX.planned_governors) and any(
        _no_day_in_particular(c, ("npadvmod", "dobj")) for c in plan.children)


def _at_some_point(prep: Token) -> bool:
    """"could meet X at some point": as "one day", a wish for no day in particular ("at some point next week"
    names one)."""
    return prep.dep_ == "prep" and prep.lower_ == "at" and any(
        o.dep_ == "pobj" and o.lower_ == "point" and [d.lower_ for d in o.children] == ["some"] for o in prep.children)


def _even(mark: Token) -> bool:
    """"even if X met Y": a concession grants what the clause says, it sets no condition."""
    return mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even"


def is_figurative(token: Token) -> bool:
    """"a meeting of minds": agreement, not an encounter."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in LEX.figurative_complements
                                                            for o in p.children) for p in token.children)


def is_process(token: Token) -> bool:
    """"consultation with the department", "collective bargaining with the union": a process noun in the
    singular with no determiner, possessor or number is the way two bodies deal with each other, not one
    encounter ("a consultation", "the negotiation", "their first mediation session" are one)."""
    if token.dep_ == "dobj" and (lower_lemma(token.head) in LEX.occurrence_verbs or lower_lemma(token.head) in
                                 LEX.resuming_verbs):
        return False  # "will resume bargaining", "began negotiation": sessions that take place
    if _takes_place(token) or _engaged_in(token):
        return False
    return token.tag_ == "NN" and token.lower_ in LEX.process_nouns and not any(
        c.dep_ in ("det", "poss", "nummod") for c in token.children)


def _takes_place(noun: Token) -> bool:
    """"mediation between X and Y began on Monday", "bargaining with the union resumed": a process noun that
    starts, resumes or ends with no object is a session held; "mediation ended the strike" is what it did."""
    verb = noun.head
    return noun.dep_ == "nsubj" and lower_lemma(verb) in _PHASES and not any(c.dep_ == "dobj" for c in verb.children)


def _engaged_in(noun: Token) -> bool:
    """"X is in enterprise bargaining with Y", "A and B remain in mediation": being in the process with someone
    is being in talks with them ("believes in mediation with Y", "interested in consultation" stay a process)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "in" and prep.dep_ == "prep" and lower_lemma(prep.head) in _STAYS


def is_stalled(token: Token) -> bool:
    """"negotiations had stalled", "stalled talks": a negotiating state, not one encounter."""
    if modifiers(token) & LEX.stall_words:
        return True
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        return lower_lemma(head) in LEX.stall_words or any(
            c.dep_ in ("acomp", "xcomp") and lower_lemma(c) in LEX.stall_words for c in head.children)
    return any(c.dep_ in ("acl", "amod") and lower_lemma(c) in LEX.stall_words for c in token.children)


def assembly_clause(token: Token) -> Token | None:
    """"a summit involving X", "talks also including Y", "the talks, which involved X and Y": the clause that
    lists who the encounter takes in."""
    return next((c for c in token.children if (c.dep_ == "acl" or (c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.tag_ == "WDT" for s in c.children))) and lower_lemma(c) in LEX.assembly_verbs
                 and any(o.dep_ == "dobj" for o in c.children)), None)


def is_backdrop(token: Token) -> bool:
    """A summit or assembly named as the setting of something else, not as an encounter itself. One that
    names its sides ("at the fringe of a summit including X") is an encounter as well as a setting. The session
    of a group of many sides named before it ("the G-9 meeting") is that group's encounter unless its setting
    says otherwise."""
    group = group_named_before(token)
    if group is not None:
        token = named_head(token)
    if _times_something(token):
        return True
    if has_party_prep(token) or assembly_clause(token) is not None or paired_sides(token, cast_of(token.doc)) or (
            _held_with_body(token)):
        return False  # "the A-B talks": a pair of sides, not an organisation's event
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in LEX.backdrop_heads:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "at" and lower_lemma(token.head.head) in LEX.oratory_verbs:
        return True  # "spoke at the summit": a stage for a speech
    owned = group is not None or named_body_owning(token) is not None  # "the Tarvel Union's next meeting is set
    for child in [] if owned else token.children:  # for May", "an ORVEX sitting that will take place in June": its own
        if child.dep_ in ("compound", "nmod", "poss") and child.ent_type_ in ("ORG", "EVENT") and not _persons(child):
            return True  # "the X summit" as a setting
        if child.dep_ in ("compound", "nmod") and child.text.isupper() and len(child.text) > 1:
            return True
    return False


def _persons(owner: Token) -> bool:
    """"Feld's trip", "Ostrova's visit": the small model may tag a surname before "'s" as an organisation; the
    cast that knows the name as a person's makes the encounter that person's, not a body's event."""
    entity = cast_of(owner.doc).resolve(owner) if owner.dep_ == "poss" else None
    return entity is not None and entity.kind == "person"


def _times_something(token: Token) -> bool:
    """"at the time of the spring meeting of A and B", "since the time of the X summit": the encounter is the clock
    for what the sentence tells, named for when, whoever its sides."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head.lower_ != "time":
        return False
    when = token.head.head
    return when.dep_ == "pobj" and when.head.lower_ in _CLOCK_PREPS


def _held_with_body(talks: Token) -> bool:
    """"X wrapped up another round of Y Fund talks", "X held Y Bank talks": talks, unlike a summit, that a named
    subject holds are held with the body named in front of them."""
    if lower_lemma(talks) not in LEX.encounter_talks | LEX.encounter_negotiations:
        return False
    held = talks.head.head if talks.dep_ == "pobj" and talks.head.lower_ == "of" else talks  # "a round of"
    return held.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "ORG", "PERSON")
                                       for c in held.head.children)


def is_ongoing_negotiation(token: Token) -> bool:
    """"is in talks to buy X", "merger talks": a negotiating state or a deal, not one encounter. Deal talks
    that name the other side ("merger talks with X", "takeover talks between A and B") are held between
    those two, whatever the deal, as the gold of every annotated set keeps them."""
    if modifiers(token) & LEX.deal_words:
        return not (has_party_prep(token) or topic_counterparts(token))
    prep = token.head
    # "has been in exclusive talks with X since March" names a counterpart: that is an encounter, and so does
    # "is in talks over a bid from X"
    return token.dep_ == "pobj" and prep.lower_ == "in" and lower_lemma(prep.head) in LEX.ongoing_verbs and not (
        (has_party_prep(token) and not _only_a_place_faced(token)) or _both_sides_in_talks(prep.head, token)
        or topic_counterparts(token))


def _only_a_place_faced(talks: Token) -> bool:
    """"is in talks with the town of X about a trial": a place named as the other side is a prospect being
    courted, its people unnamed, so no one sits across a table; "the town's mayor" or a council still does."""
    sides = [s for p in talks.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj" for s in (o, *o.conjuncts)]
    return bool(sides) and all(lower_lemma(s) in LEX.place_nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in s.children) for s in sides)


def _both_sides_in_talks(state: Token, talks: Token) -> bool:
    """"A and B were in talks on Monday", "A and B are in talks to merge", "remain in talks over a merger": a
    coordinated subject names both sides, so the talks are theirs. "A and B are in talks to buy C" is a joint
    bid whose seller is unnamed: the pair sit on one side of the table."""
    subject = next((c for c in state.children if c.dep_ == "nsubj"), None)
    bid = any(c.dep_ in ("acl", "xcomp", "relcl") and any(a.lower_ == "to" for a in c.children)
              and lower_lemma(c) not in LEX.deal_joining_verbs for c in (*talks.children, *state.children))
    return subject is not None and bool(subject.conjuncts) and not bid
