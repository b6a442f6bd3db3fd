"""A body holding its own session, told by the body's own verb: "the roads committee is to hold a drafting
session on Thursday", "the club's board held an emergency meeting on Sunday", "the Tarvel Growers Association
convenes next week", "the cabinet should back the decree once it meets on Friday".

The gold of real wire news keeps a body's own sitting as a meeting whose one side is the body (eval/README.md,
"Sessions of bodies"), and news tells it by what the body does as often as by "X meets": it holds, convenes
or opens a meeting or a session of its own, or it meets in a time clause whose "it" is the body of the main
clause. Only a body that sits in sessions counts: a council, a committee, a board, a cabinet, a parliament, or a
body of members written as a name ("the Tarvel Growers Association", "the Organisation for Harbour
Cooperation"); a person or a firm holding "a meeting" names no body in session, a session "with" someone faces
a side, and a press, photo or trading session is no sitting at all.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Token

from streams.enrich.cast import cast_of
from streams.enrich.extractors.meetings.days import WEEKDAYS
from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.sitting_bodies import SESSION_BODIES
from streams.enrich.extractors.meetings.wording import has_party_prep

# a firm's holders sit as one body ("the shareholders meet"), though written in the plural; at "a shareholders'
# meeting" they are read with the firm as a second side (`owed_sides`)
HOLDERS = frozenset({"shareholder", "stockholder"})
_COUNTING = frozenset({"both", "two", "three", "four", "each"})
# the head word of a name that says its bearer is a body of members meeting in sessions of its own; only as a
# name ("the Tarvel Growers Association"): "the association" alone may be anyone's, "a union" any trade's
_NAMED_BODY_WORDS = frozenset({"organisation", "organization", "association", "union", "league", "federation", "club",
                               "community", "commission", "forum", "alliance", "bloc", "pact", "cartel"})
# the verbs by which a body runs a sitting of its own
_HOLDING = frozenset({"hold", "convene", "open", "reconvene"})
_SITTINGS = frozenset({"meeting", "session"})
# sessions that are no sitting of members: a press or photo session, a market's trading session, a drill
_NOT_SITTINGS = frozenset({"press", "photo", "trading", "training", "practice", "question", "recording", "briefing",
                           "tasting", "signing", "voting", "counselling", "counseling"})
DAY_NAMES = frozenset(m.lower() for m in calendar.month_name if m) | set(WEEKDAYS)
GATHERING_VERBS = frozenset({"meet", "convene", "reconvene", "gather", "sit"})  # a body sitting down
_ABLE = frozenset({"can", "could", "may", "might"})
_TIME_MARKS = frozenset({"when", "as", "once", "after", "before"})


def one_session_body(noun: Token) -> bool:
    """A body noun standing alone that sits in sessions of its own: "the board", "its finance committee", "the
    Tarvel Growers Association"; not "the board and the union", "both councils", "executives", nor "the Varn
    Union" that is a state."""
    lemma = lower_lemma(noun)
    if noun.tag_ in ("NNS", "NNPS") and lemma not in HOLDERS:
        return False  # "executives met", "the councils met": people, or several bodies
    if noun.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("conj", "nummod") or c.lower_ in _COUNTING for c in noun.children):
        return False
    return lemma in SESSION_BODIES or (
        noun.lower_ in _NAMED_BODY_WORDS and noun.is_title and noun.ent_type_ not in ("GPE", "NORP"))


def subject_body(verb: Token) -> Token | None:
    """The one body that is the subject of `verb` ("the council meets", "the cabinet ... when it meets"), or None."""
    sides = subjects(verb)
    if len(sides) != 1:
        return None
    if sides[0].lower_ == "it":
        return _body_it_stands_for(verb)
    side = _name_head(sides[0])
    return side if one_session_body(side) else None


def _name_head(token: Token) -> Token:
    """"the Organisation for Harbour Cooperation, which meets": the small model may hang a clause on the name's
    last word; the name's own head ("Organisation") is the word that says what the bearer is."""
    node = token
    while node.dep_ in ("pobj", "prep", "compound") and node.head.i != node.i and node.ent_type_ == "ORG" and (
            node.head.ent_type_ == "ORG" and node.head.pos_ in ("PROPN", "ADP")):
        node = node.head
    return node


def body_holding(noun: Token) -> Token | None:
    """"the roads committee is to hold a drafting session on Thursday", "the board held an emergency meeting":
    the body that is the one subject of a verb running the sitting `noun` names, with no other side told."""
    if lower_lemma(noun) not in _SITTINGS or noun.dep_ != "dobj" or has_party_prep(noun):
        return None
    if lower_lemma(noun.head) not in _HOLDING or any(
            c.dep_ in ("compound", "amod") and c.lower_ in _NOT_SITTINGS for c in noun.children):
        return None
    if any(p.dep_ == "prep" and p.lower_ == "of" for p in noun.children):
        return None  # "held a meeting of its members": read by the meeting's "of"
    if any(c.lower_ in LEX.session_modifiers for c in noun.children):
        return None  # "a bargaining session", "a joint session": talks between sides
    body = subject_body(noun.head)
    return None if body is None or any(t.dep_ == "conj" for t in body.subtree) else body  # "A and B held"


def _body_it_stands_for(verb: Token) -> Token | None:
    """"the cabinet should back the decree once it meets on Friday": the "it" that meets in a time clause is the
    body the main clause is about, when that one subject is a body."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("advmod", "mark") and c.lower_ in _TIME_MARKS for c in verb.children):
        return None
    if lower_lemma(verb.head) in GATHERING_VERBS or any(c.dep_ == "aux" and c.lower_ in _ABLE for c in verb.children):
        return None  # "the trust's board sits as soon as it can sit": a condition on the sitting, not a sitting
    outer = subjects(verb.head)
    return outer[0] if len(outer) == 1 and one_session_body(outer[0]) else None


def addressed_by_a_speaker(noun: Token) -> bool:
    """"warned a meeting of the Tarvel Trade Forum that ...", "assured a meeting of fishery ministers", "spoke to a
    meeting of the city council": a gathering a speaker tells or speaks to is the audience of a speech, which
    the gold keeps as no meeting (eval/README.md, "a speech to a body's gathering")."""
    if noun.dep_ in ("dobj", "dative"):
        return lower_lemma(noun.head) in LEX.telling_verbs
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("to", "before") and lower_lemma(prep.head) in LEX.oratory_verbs


# what a session told as news of its own does: it takes place, is set, put off or called off
_TAKING_PLACE = frozenset({"take", "happen", "occur", "be", "begin", "start", "open", "end", "conclude", "close",
                           "resume", "go", "break", "reconvene", "convene"})
_ENDING = frozenset({"end", "close", "conclude", "finish"})
_GONE = frozenset({"last", "past", "previous"})  # a day gone by: "at last year's X meeting" dates something else
_SCHEDULING = frozenset({"schedule", "set", "plan", "due", "expect", "slate", "postpone", "adjourn", "cancel",
                         "call", "delay", "move"})


def named_body_owning(noun: Token) -> Token | None:
    """"the Tarvel Union's next meeting is set for June 4", "the next Harn Commission meeting is to take place in
    May", "a Tarvel Growers Association meeting slated for early July": a meeting whose owner is a body of
    members written as a name, told as an event of its own (it is held, set, put off). A meeting so named only
    as a setting or a clock ("the communique from the X meeting", "since the X meeting", "at last year's X
    meeting") is left a backdrop."""
    if lower_lemma(noun) not in _SITTINGS or has_party_prep(noun) or not (told_itself(noun) or dated_or_placed(noun)):
        return None
    owners = [*noun.children, *(g for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                                for g in c.children if g.dep_ == "compound")]  # "a GCC summit meeting"
    for child in owners:
        if child.dep_ not in ("compound", "nmod", "poss") or child.pos_ != "PROPN":
            continue
        if (one_session_body(child) and (lower_lemma(child) not in SESSION_BODIES or child.ent_type_ == "ORG")) or (
                _spelled_as_member_body(child)):
            return child
    return None


def spelled_in_full(short: Token) -> str | None:
    """The full name the cast reads for a short form ("ICO" as "International Coffee Organization"), or None."""
    if not short.is_upper or len(short) < 2:
        return None
    entity = cast_of(short.doc).resolve(short)
    if entity is None or entity.kind != "org" or entity.name == short.text:
        return None
    return entity.name


def _spelled_as_member_body(short: Token) -> bool:
    """"an ICO special meeting" where the article spells ICO as "the International Coffee Organization": a short
    form whose full name, as the cast reads it, says its bearer is a body of members ("... Organization", "Association
    of ...") is one, as that name itself would be (`one_session_body`); a firm's code or short name is none."""
    name = spelled_in_full(short)
    if name is None:
        return False
    words = name.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "Association of Tin ...": its first
    return head in _NAMED_BODY_WORDS or head in SESSION_BODIES


def dated_or_placed(noun: Token) -> bool:
    """"at the September Tarvel Growers Association meeting", "away for a Harn Union meeting in Lyon", "to an X
    meeting due in May", "at the X Union sitting on 3 May", "at this week's X meeting": a meeting named after
    a preposition whose own words give it a month, a day or a town,
    or set it as due, is a sitting of its own, whatever the clause then tells of it; a bare "the X meeting" may
    be a mere clock or setting. A meeting that is the clause's doer ("the X meeting in Lyon elected") is left to
    the readings of a body's own organs (`own_body`)."""
    if noun.dep_ != "pobj":
        return False
    if any(t.dep_ in ("compound", "nmod", "poss") and t.pos_ == "PROPN" and t.lower_ in DAY_NAMES
           for c in noun.lefts for t in c.subtree):
        return True  # a month before a name is hung on the name's head, and tagged part of an event
    for child in noun.children:
        if child.dep_ == "amod" and lower_lemma(child) in _SCHEDULING:
            return True
        if child.dep_ == "poss" and child.ent_type_ == "DATE" and not any(t.lower_ in _GONE for t in child.subtree):
            return True  # "at this week's Harn Union meeting", "at next month's X summit"; "last year's" is a clock
        if child.dep_ == "prep" and child.lower_ == "on" and any(
                o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in child.children):
            return True  # "at the X Union sitting on 3 May"
        if child.dep_ == "prep" and child.lower_ in ("in", "at") and any(
                o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") for o in child.children):
            return True
    return False


def told_itself(noun: Token) -> bool:
    """Whether the meeting is what its clause tells: the subject of its taking place or being set, the object of
    holding or putting it off, a meeting "scheduled for" a day or "to be held" somewhere, or one whose own relative
    clause tells it so ("the X meeting, which began in Velsa", "which will take place in May")."""
    head = noun.head
    if noun.dep_ == "nsubj":
        return lower_lemma(head) in _TAKING_PLACE  # not "the X meeting made investors wary"
    if noun.dep_ == "nsubjpass":
        return lower_lemma(head) in LEX.holding_verbs or lower_lemma(head) in _SCHEDULING
    if noun.dep_ == "dobj":
        return lower_lemma(head) in LEX.holding_verbs or lower_lemma(head) in _SCHEDULING
    return any((c.dep_ == "acl" and (lower_lemma(c) in _SCHEDULING or lower_lemma(c) in LEX.holding_verbs)) or (
        c.dep_ == "relcl" and _relative_tells_it(c)) for c in noun.children)


def _relative_tells_it(verb: Token) -> bool:
    """"which began in Velsa", "which took place in Lyon", "that will take place in May": a relative
    clause whose relative pronoun is the one that takes place, is set or is held tells the meeting as an event; one
    that tells what someone did there ("which he attended") tells another thing."""
    if not any((c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT") or (c.dep_ == "aux" and c.lower_ == "to")
               for c in verb.children):
        return False  # "which opened", "to be held in May"; not "which he attended"
    if any(t.dep_ == "xcomp" and lower_lemma(t) in _ENDING for t in verb.subtree):
        return False  # "which is due to end on Friday": a sitting under way, told by when it ends, not set anew
    lemma = lower_lemma(verb)
    if lemma == "be":  # "which is due in May"; "which was a success" judges it
        return any(c.dep_ in ("acomp", "attr") and lower_lemma(c) in _SCHEDULING for c in verb.children)
    return lemma in _TAKING_PLACE or lemma in _SCHEDULING or lemma in LEX.holding_verbs
