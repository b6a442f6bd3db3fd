"""A person who testified to, told or briefed a named deliberative body: "X testified before the Y committee",
"X briefed the Y council on the budget", "X told representatives of the Y union that ...", "X told
representatives of 12 trade unions", "X briefed union leaders", "X briefed a group of hospital directors".

Nobody is said to meet, but a hearing or a briefing puts the speaker in a room with that body, and annotators
of real news keep the two as a meeting. Only a body that sits to deliberate (a committee, a panel, a board)
or the people bodies sent count (envoys of a named body, of plural bodies, envoys named by their body's
kind, a group of such people): telling reporters, a news conference, parliament in a debate, an
annual meeting or an audience is speaking in public, and a body told "in a letter" was written to. The teller
must be a person the cast names; one body telling another is a notice, not a session.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import cast_of
from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.governing import told_only_if
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.wording import is_named

_TOLD_VERBS = frozenset({"tell", "brief", "inform", "update"})  # the body is the object told
_HEARD_VERBS = frozenset({"testify", "appear"})  # the body is the one testified or appeared before
BODY_TELLING_VERBS = _TOLD_VERBS | _HEARD_VERBS
_HEARD_PREPS = ("before", "to")
_SITTING_BODIES = frozenset({"committee", "subcommittee", "panel", "commission", "council", "board", "caucus"})
_ENVOYS = frozenset({"representative", "leader", "official", "executive", "delegate"})  # "members" is a crowd
_GATHERED = _ENVOYS | {"member", "director", "legislator", "lawmaker", "manager"}  # "a group of X": a chosen few
_WRITTEN = frozenset({"letter", "statement", "report", "memo", "submission", "filing", "email", "note"})


def told_a_body(verb: Token) -> bool:
    """Whether a named person testified before, told or briefed a sitting body or a named body's envoys."""
    return bool(body_listeners(verb))


def body_listeners(verb: Token) -> list[Token]:
    """The body (or its envoys) that a named person testified before, told or briefed at `verb`."""
    lemma = lower_lemma(verb)
    if lemma not in BODY_TELLING_VERBS or _in_writing(verb) or told_only_if(verb):
        return []
    if lemma in _TOLD_VERBS:
        listeners = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    else:
        listeners = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in _HEARD_PREPS
                     for o in c.children if o.dep_ == "pobj"]
    found = [n for n in listeners if _sitting_body(n) or _envoys_of_a_body(n)]
    return found if found and _named_teller(verb) else []


def _sitting_body(noun: Token) -> bool:
    """"the Y Committee", "the Y city council": a deliberative body the cast names."""
    return lower_lemma(noun) in _SITTING_BODIES and is_named(noun, ("org",))


def _envoys_of_a_body(noun: Token) -> bool:
    """"representatives of the Y union", "officials from 20 member countries", "union leaders", "a group of
    hospital directors": people sent by a named body, by several bodies, or by a body their title names."""
    if lower_lemma(noun) == "group":
        return any(lower_lemma(o) in _GATHERED and o.tag_ == "NNS" for o in _of_objects(noun))
    if lower_lemma(noun) not in _ENVOYS or noun.tag_ != "NNS":
        return False
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children):  # "union leaders", "party officials"
        return True
    return any(is_named(o, ("org",)) or _bodies(o) for o in _of_objects(noun))


def _of_objects(noun: Token) -> list[Token]:
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for o in p.children if o.dep_ == "pobj"]


def _bodies(noun: Token) -> bool:
    """"12 trade unions", "the opposition parties": several bodies, not a time ("of recent years")."""
    return noun.tag_ == "NNS" and noun.pos_ == "NOUN" and not noun.ent_type_ and not any(
        c.ent_type_ in ("DATE", "TIME") for c in noun.children)


def _named_teller(verb: Token) -> bool:
    """"X told ...", "The regulator, X, told ...": the subject or the name set beside it is a person's."""
    cast = cast_of(verb.doc)
    tellers = [t for s in subjects(verb) for t in (s, *(c for c in s.children if c.dep_ == "appos"))]
    return any((span := cast.name_span(t.i)) is not None and span[2] == "person" for t in tellers)


def _in_writing(verb: Token) -> bool:
    """"told the committee in a letter": written to, not met."""
    return any(lower_lemma(o) in _WRITTEN for p in verb.children if p.dep_ == "prep" for o in p.children
               if o.dep_ == "pobj")

