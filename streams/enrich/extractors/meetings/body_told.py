"""A person who told or briefed the envoys of bodies: "X told representatives of the Y union that ...", "X told
representatives of 12 trade unions", "X briefed delegates of a handful of guilds", "X briefed union leaders",
"X briefed a group of hospital directors".

Nobody is said to meet, but telling a body's envoys puts the speaker in a room with them, and annotators of
real news keep the two as a meeting. Only the people bodies sent count (envoys of a named body, of plural
bodies, envoys named by their body's kind, a group of such people). A sitting body itself testified before,
briefed or shown a plan ("X testified before the Y committee", "X briefed the Y council", "X outlined his
plan to the Y board") is a hearing, not a meeting: the open sets' brief says so and their gold, with the read
sets', never keeps one (`eval/README.md`, "Sessions of bodies; hearings and briefings"). Telling reporters, a
news conference, parliament in a debate, an annual meeting or an audience is speaking in public, and a body
told "in a letter" was written to. The teller must be a person the cast names; one body telling another is a
notice, not a session.
"""
from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import cast_of
from streams.enrich.extractors.meetings.counted import partitive_whole
from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.governing import told_only_if
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.names import is_plural_role
from streams.enrich.extractors.meetings.telling import BODY_TELLING_VERBS, listener_slots
from streams.enrich.extractors.meetings.wording import is_named

_ENVOYS = frozenset({"representative", "leader", "official", "executive", "delegate"})  # "members" is a crowd
_GATHERED = _ENVOYS | {"member", "director", "legislator", "lawmaker", "manager"}  # "a group of X": a chosen few
_WRITTEN = frozenset({"letter", "statement", "report", "memo", "submission", "filing", "email", "note"})


def told_a_body(verb: Token) -> bool:
    """Whether a named person told or briefed a named body's envoys (a hearing before the body is none)."""
    return bool(body_listeners(verb))


def body_listeners(verb: Token) -> list[Token]:
    """The envoys of bodies that a named person told or briefed at `verb`."""
    if lower_lemma(verb) not in BODY_TELLING_VERBS or _in_writing(verb) or told_only_if(verb):
        return []
    slots = listener_slots(verb)
    if lower_lemma(verb) == "tell":  # "told a group of club owners ...": an audience addressed, a speech
        slots = [n for n in slots if lower_lemma(n) != "group"]
    found = [n for n in slots if _envoys_of_a_body(n)] + [g for n in slots if (g := _gathered_group(n)) is not None]
    return found if found and _named_teller(verb) else []


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


def _gathered_group(noun: Token) -> Token | None:
    """"told transport ministers meeting in X that ...": the small model reads the participle as a noun ("a
    ministers meeting") told; the ones told are the office holders gathered, right before it. "told a meeting
    of analysts" or "told the annual meeting" is an audience addressed, no group set before the word."""
    if lower_lemma(noun) != "meeting" or noun.tag_ != "NN" or noun.i == 0 or any(
            c.dep_ in ("det", "poss") for c in noun.children):
        return None
    group = noun.doc[noun.i - 1]
    return group if group.dep_ == "compound" and group.head.i == noun.i and is_plural_role(group) else None


def _of_objects(noun: Token) -> list[Token]:
    """What follows "of" or "from", the "from" hung on the verb as well ("told officials from 20 countries")."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    slipped = [nxt] if nxt is not None and nxt.head.i != noun.i and nxt.dep_ == "prep" else []
    return [whole for p in [*noun.children, *slipped] if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for o in p.children if o.dep_ == "pobj" and (whole := partitive_whole(o)) is not None]


def _bodies(noun: Token) -> bool:
    """"12 trade unions", "the opposition parties": several bodies, not a time ("of recent years")."""
    return noun.tag_ == "NNS" and noun.pos_ == "NOUN" and noun.ent_type_ in ("", "ORG") and not any(
        c.ent_type_ in ("DATE", "TIME") for c in noun.children)


def _named_teller(verb: Token) -> bool:
    """"X told ...", "The regulator, X, told ...": the subject or the name set beside it is a person's."""
    cast = cast_of(verb.doc)
    tellers = [t for s in subjects(verb) for t in (s, *(c for c in s.children if c.dep_ == "appos"))]
    return any((span := cast.name_span(t.i)) is not None and span[2] == "person" for t in tellers)


def _in_writing(verb: Token) -> bool:
    """"told the committee in a letter": written to, not met, the "in a letter" hung on the verb or, by the
    small model, inside the ones told ("told delegates of a handful of guilds in a letter")."""
    inner = [t for c in verb.children if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree
             if t.lower_ in ("in", "by")]
    preps = [p for p in verb.children if p.dep_ == "prep"] + [p for p in inner if p.dep_ == "prep"]
    return any(lower_lemma(o) in _WRITTEN for p in preps for o in p.children if o.dep_ == "pobj")

