"""Who does a body's business at a sitting: "the offer was backed by the Orrin board at its May meeting",
"Tarvel farm ministers are expected to settle the levy at a meeting in May", "leading producer nations agreed at
the Lyon meeting on a floor price".

A body or a group of peers that acts at a meeting told with no other side sits in a session of its own
(`body_session._acting_at`); the gold of real wire news keeps that session as a meeting whose one side is the body
or the group as written (eval/README.md, "Sessions of bodies"). The act's doer is its subject, or, in the
passive, its agent after "by": the thing voted on is no body. A group of peers is a plural of members of several
sides ("ministers", "nations", "producers") that a word before it singles out ("Tarvel farm ministers", "major
producer nations"); bare "ministers" may be anyone's, and a count ("two ministers") or a pair ("A and B") is a few
people, not a group in session. What they only say there is left to the statements: "ministers told reporters at
a meeting" is a setting for words, not a session the clause tells.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_SINGLING_DEPS = ("compound", "amod", "nmod")


def passive_doers(verb: Token) -> list[Token]:
    """The agents of a passive verb ("voted on by the board": the board), or none."""
    return [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def peers_deciding(group: Token, verb: Token) -> bool:
    """Whether `group` is a singled-out plural of many-sided members doing `verb`, an act that is no saying."""
    if group.tag_ not in ("NNS", "NNPS") or group.lower_ not in LEX.member_plurals:
        return False
    if lower_lemma(verb) in LEX.speech_verbs or lower_lemma(verb) in LEX.telling_verbs:
        return False
    kids = list(group.children)
    if any(c.dep_ in ("conj", "nummod") or c.lower_ in ("two", "both", "each") for c in kids):
        return False
    return any(c.dep_ in _SINGLING_DEPS and c.pos_ != "NUM" for c in group.lefts)
