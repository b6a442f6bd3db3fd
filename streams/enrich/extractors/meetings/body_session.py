"""A body of several members sitting in its own session: "the city council meets next Tuesday", "its board is
scheduled to meet on May 4", "the cabinet met to approve the package", "an emergency meeting of its executive
board", "a meeting of the board".

A parliament, a council, a cabinet, a company's board or its shareholders in session are one encounter of
many members; the gold of real wire news keeps such a session as a meeting whose one side is the body as
written ("the board" of the firm the article is about, "the parliament"). Only the session itself counts: the
body must be the one subject of a gathering verb with no one met ("the board met the union" faces a side), or
the organ a meeting noun is "of". A body's acts ("the board decided", "parliament passed a law", "the committee
said") tell no session, and a body a person testified before or briefed is a hearing (`body_told`), not its
own sitting.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.general_meeting import firm_general_meeting
from streams.enrich.extractors.meetings.leaders_summit import leaders_in_session
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.own_sessions import (
    DAY_NAMES,
    GATHERING_VERBS,
    HOLDERS,
    addressed_by_a_speaker,
    body_holding,
    named_body_owning,
    one_session_body,
    spelled_in_full,
    subject_body,
    told_itself,
)
from streams.enrich.extractors.meetings.set_business import body_taking_up, named_in_full
from streams.enrich.extractors.meetings.sitting_bodies import SESSION_BODIES
from streams.enrich.extractors.meetings.sitting_doers import passive_doers, peers_deciding
from streams.enrich.extractors.meetings.status_mode import STRONG, ModeCue
from streams.enrich.extractors.meetings.wording import has_party_prep
from streams.enrich.model import Participant

_OWNERS = frozenset({"its", "their"})
_CONDITIONS = frozenset({"when", "if", "unless", "once", "until"})
# the nouns a body acts "at" in its own sitting: "approved the plan at its May meeting"; not talks or a visit
_SITTING_NOUNS = frozenset({"meeting", "session"})
# organs a story has one of, whose bare sitting is that one's: "after a cabinet meeting" is the government's the
# story is about, "at its latest council meeting" the council of the body it reports on. Not a board or a committee,
# which every firm and chamber has (a bare "at every second board meeting" may be any firm's habit).
_UNSHARED_ORGANS = frozenset({"cabinet", "council", "politburo", "parliament", "legislature", "synod"})
_SITTING_PREPS = frozenset({"at", "after", "during", "following", "in"})  # where or after which something was done


def session_body(token: Token, kind: str, names: NameIndex) -> Participant | None:
    """The body whose own session `token` tells, named as written, or None."""
    body = _gathered_body(token) if kind == "meet" else _organ_of(token)
    if body is None and (body := body_taking_up(token)) is not None:
        return Participant(name=named_in_full(body) or _as_written(body, names, token), kind="organization")
    if body is None:
        return None if kind == "meet" else firm_general_meeting(token, names) or leaders_in_session(token)
    if (full := spelled_in_full(body)) is not None and body.pos_ == "PROPN":
        return Participant(name=full, kind="organization")  # "an ICO meeting": the body as the article spells it
    named = names.organisation(body) if body.pos_ == "PROPN" else None
    if body.is_title and (named is None or named.name == body.text) and (full := named_in_full(body)) is not None:
        return Participant(name=full, kind="organization")  # "the next Council meeting" after "the X Council"
    if named is not None and body.text in named.name.split():
        first, _, rest = named.name.partition(" ")  # "the October X Union meeting": the small model may take the
        # month into the name
        return Participant(name=rest, kind=named.kind) if first.lower() in DAY_NAMES and rest else named
    return Participant(name=_as_written(body, names, token), kind="organization")


def sitting_mode(cue: ModeCue | None) -> ModeCue | None:
    """A body's own session, or a group's, sits in its room: "its annual meeting on June 9" is face to face with
    no place told (a planned "meeting" alone would leave the channel open), unless the words name a channel
    ("the board met by telephone")."""
    if cue is None or (cue.mode == "in_person" and cue.level < STRONG):
        return ModeCue("in_person", STRONG)
    return cue


def names_a_sitting(trigger: Token) -> bool:
    """"at the annual meeting on May 4", "an extraordinary shareholders' gathering", "the board ... at its
    meeting": the meeting noun's own words make it a body's sitting, whoever the sides are read to be. A
    sitting "with" or "between" others is a meeting between sides, whose channel stays open."""
    if trigger.pos_ == "VERB" or lower_lemma(trigger) not in LEX.meeting_nouns:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trigger.children):
        return False
    return any((c.dep_ == "poss" and c.lower_ == "its") or (
        c.lower_ in LEX.own_session_modifiers and c.dep_ in ("amod", "compound", "nmod", "poss"))
        for c in trigger.children)


def _gathered_body(verb: Token) -> Token | None:
    """"the council meets", "its board is scheduled to meet", "when parliament sits": one body as the one
    subject of a gathering verb that meets no one."""
    if verb.pos_ not in ("VERB", "AUX") or lower_lemma(verb) not in GATHERING_VERBS:
        return None
    if any(c.dep_ in ("dobj", "agent") for c in verb.children) or has_party_prep(verb):
        return None  # "the board met the union", "the council met with residents"
    if any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CONDITIONS for m in c.children)
           for c in verb.children):
        return None  # "the board will meet when it can": no session set, only a condition for one
    return subject_body(verb)  # "the cabinet will approve it when it meets": the main clause's body


def _organ_of(noun: Token) -> Token | None:
    """"a meeting of its board", "an emergency meeting of the executive committee", "a board meeting", "the
    council has cancelled its meeting": the organ in session, when the meeting noun names no other side."""
    if noun.pos_ != "NOUN" or noun.lower_ not in LEX.meeting_nouns or has_party_prep(noun) or (
            addressed_by_a_speaker(noun)):
        return None
    if noun.dep_ == "dobj" and (holder := body_holding(noun)) is not None:
        return holder  # "the roads committee is to hold a drafting session"
    if (owner := named_body_owning(noun)) is not None:
        return owner  # "the Tarvel Union's next meeting is set for June 4"
    organ = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"), None)
    if organ is not None:
        return organ if one_session_body(organ) and not _named_as_setting(noun, organ) else None
    acting = _acting_at(noun)
    if acting is not None:
        return acting
    organ = next((c for t in noun.lefts if t.dep_ == "compound" for c in t.subtree
                  if lower_lemma(c) not in HOLDERS and one_session_body(c) and lower_lemma(c) in SESSION_BODIES), None)
    if organ is not None:  # "the Pellam board meeting", "its board meeting"; a bare "a board meeting" may be any firm's
        return organ if _owner_told(noun, organ) or _unshared_sitting(noun, organ) else None
    if any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in noun.children) and noun.dep_ in ("dobj", "nsubjpass"):
        holders = subjects(noun.head)  # "the council cancelled its meeting": the subject's own session
        return holders[0] if len(holders) == 1 and one_session_body(holders[0]) else None
    return None


def _named_as_setting(noun: Token, organ: Token) -> bool:
    """"the communique from the meeting of the Tarvel Union", "since a meeting of the Harn Commission", "Friday's
    meeting of the Tarvel Union would review the levy": a body of members written as a name (not a board or a
    council, which sit in their own room) whose meeting is neither told as an event of its own nor the place
    where something happened ("at") is the setting, the clock or the doer of something else; its annual or general
    meeting mentioned in passing is left to the open convention (eval/README.md)."""
    if lower_lemma(organ) in SESSION_BODIES:
        return False
    if any(c.lower_ in LEX.own_session_modifiers for c in noun.children if c.dep_ in ("amod", "compound", "nmod")):
        return True  # "at the X Association's annual meeting": a general meeting in passing, an open question
    return not (told_itself(noun) or (noun.dep_ == "pobj" and noun.head.lower_ == "at"))


def _acting_at(noun: Token) -> Token | None:
    """"its board will vote on the merger at its meeting next week", "its holders at their first yearly
    meeting chose a new board", "the Varn Politburo agreed at a short meeting": a body that acts at
    a sitting told with no other side is in session itself. The body must be singled out by an owner or its
    own capitalised name ("the board" alone may be any firm's), and it must be the one doing: a person who
    "told reporters at the meeting" or "spoke at a session" is the setting's speaker, not a body's sitting, and
    a meeting only asked for or dated ("wants a meeting set") is no "at" at all. The doer of a passive act is its
    agent ("is to be put to a vote by its board at its meeting"), and peers of many sides are a group in session
    of their own (`sitting_doers`)."""
    if lower_lemma(noun) not in _SITTING_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return None
    doer = noun.head.head
    if doer.dep_ == "acl" and doer.head.dep_ in ("dobj", "nsubjpass") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in doer.children):
        doer = doer.head.head  # "to approve a plan to merge with X at its meeting": the approving is at it; "the
        # view that X agreed at the meeting" is a clause of its own
    if doer.pos_ in ("VERB", "AUX"):
        sides = passive_doers(doer) or subjects(doer)
        body = sides[0] if len(sides) == 1 else None
    else:
        body = doer if doer.pos_ in ("NOUN", "PROPN") else None  # "its holders at their annual meeting elected"
    if body is not None and doer.pos_ in ("VERB", "AUX") and peers_deciding(body, doer):
        return body  # "farm ministers are to settle it at a meeting in May": the peers' own session
    if body is None or not one_session_body(body) or lower_lemma(body) not in SESSION_BODIES:
        return None  # a commission or a union acting "at a meeting" may act at another body's sitting
    singled_out = body.pos_ == "PROPN" or not body.is_lower or any(
        c.dep_ in ("poss", "nmod") or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in body.lefts)
    return body if singled_out else None


def _unshared_sitting(noun: Token, organ: Token) -> bool:
    """"after a cabinet meeting", "at the latest council meeting", "the council meeting opens on May 2":
    a bare organ that a story has one of sits in a meeting the clause tells as an event or as where something
    happened; one only wished for or weighed ("a cabinet meeting would be needed") or used as a clock ("before
    a coming council meeting") is no sitting told."""
    if lower_lemma(organ) not in _UNSHARED_ORGANS:
        return False
    return told_itself(noun) or (noun.dep_ == "pobj" and noun.head.lower_ in _SITTING_PREPS)


def _owner_told(noun: Token, organ: Token) -> bool:
    """Whose organ a compound "board meeting" is, told by a name or a possessor before the meeting noun."""
    return any(c.dep_ == "poss" or (c.pos_ == "PROPN" and c.i < organ.i)
               for t in noun.lefts for c in t.subtree if c.dep_ != "det")


def _as_written(body: Token, names: NameIndex, trigger: Token) -> str:
    """"the city council" as "city council"; "its board" as the board of the organisation "its" stands for
    ("Talvor Mining board"), since gold names a firm's organ after its firm; "a group board meeting" as the
    "group board" the compounds before the meeting noun spell; "its yearly meeting of shareholders" as the
    firm's shareholders, the meeting noun's owner."""
    head = body.head if body.dep_ == "compound" and lower_lemma(body.head) not in SESSION_BODIES else body
    lefts = [c for c in head.lefts if c.dep_ in ("compound", "poss", "nmod") and c.i <= body.i] if head is not body \
        else [body]
    words = sorted((t for c in lefts for t in c.subtree if t.i <= body.i and t.dep_ not in ("det", "punct", "case")
                    and t.lower_ not in DAY_NAMES), key=lambda t: t.i)  # "its March board meeting": the month's sitting
    owner = next((t for t in [*words, *trigger.children] if t.dep_ == "poss" and t.lower_ in _OWNERS), None)
    text = " ".join(t.text for t in words if t is not owner)
    possessor = next((t for t in words if t.dep_ == "poss" and t is not owner), None)
    firm = names.organisation(owner) if owner is not None else None
    if possessor is not None and firm is not None and firm.name.split()[-1].lower() == possessor.lower_:
        # "the state bank's board ... at its meeting": the owner told twice, once in full
        return " ".join([firm.name, *(t.text for t in words if t.i > possessor.i)])
    if firm is not None and possessor is None and (
            firm.name not in text and firm.name.split()[-1].lower() != body.lower_):  # "its council": its own
        return f"{firm.name} {text}"
    return _owner_in_full(words, names) or text


def _owner_in_full(words: list[Token], names: NameIndex) -> str | None:
    """"Brandt's board" as "Brandt Holdings Inc board", "the OGE board" as "Orrin Grain Exchange board": a firm
    written short as the organ's possessor, or by the initials the article spelled out, is named in full as the
    cast knows it, since gold names a firm's organ after its firm's full name."""
    owner = next((t for t in words if t.pos_ == "PROPN" and (t.dep_ in ("poss", "nmod") or (
        t.dep_ == "compound" and t.is_upper and t.is_alpha and len(t) > 1))), None)
    firm = names.organisation(owner) if owner is not None else None
    if firm is None:
        return None
    kept = [t.text for t in words if t.i > owner.i]
    if not kept or firm.name.split()[-1] in kept:
        return None
    return " ".join([firm.name, *kept])
