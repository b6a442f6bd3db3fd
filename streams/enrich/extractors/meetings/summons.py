"""A summons to talk is an encounter: "the ministry has called in the airline and the pilots to settle the row
over rosters", "the coach was called in by the chairman to explain the defeat", "X summoned Y to explain".

Whoever calls others in meets them, and the ones called in are its other sides. "Called in" alone brings in
help as often ("called in the police", "called in administrators", "called in the army to restore order"), so
the summons counts only with a purpose of talking things through ("to explain", "to settle the row", "to
discuss", "for talks"). The small model reads the particle either as a particle ("X was called in") or as a
preposition (or as a particle with an object of its own) with the ones called in as its object ("called in X and
Y"); a place after it ("called in at Jakarta") is a stop on a trip. Summoned before a court or an inquiry is a
hearing.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.purpose import purposes
from streams.enrich.extractors.meetings.wording import is_named

_TALKING_PURPOSES = frozenset({"discuss", "explain", "negotiate", "talk", "account", "answer", "resolve", "settle",
                               "end", "broker", "mediate", "thrash", "hammer", "clarify", "justify", "sort", "brief",
                               "defuse", "avert"})
_HEARINGS = ("court", "tribunal", "inquiry", "hearing", "commission", "committee", "panel")  # a hearing, no encounter
_NOT_SIDES = ("DATE", "TIME")  # the cast tells a place ("called in at Jakarta" is a stop); a date is when


def is_summons(verb: Token) -> bool:
    """"called in X (and Y) to resolve ...", "X was called in (by Y) to explain ...": a call to come and talk."""
    if not (_called_in(verb) or _summoned_outright(verb)):
        return False
    return any(lower_lemma(p) in _TALKING_PURPOSES for p in purposes(verb)) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            o.dep_ == "pobj" and (o.lower_ in LEX.meeting_nouns or lower_lemma(o) in LEX.meeting_nouns)
            for o in c.children) for c in verb.children)


def summoned(verb: Token) -> list[Token]:
    """The ones called in that `verb_objects` does not read: the object of "in" when the small model reads it as a
    preposition ("called in X and Y"; "in" names a place after most encounter verbs), and a body it folds into
    the object as a modifier ("called in [X and dock] unions": X is a side of its own)."""
    if not _called_in(verb):
        return []
    called = [side for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "in" for o in c.children
              if o.dep_ == "pobj" for side in (o, *o.conjuncts)]
    called += [m for o in verb.children if o.dep_ == "dobj" for m in o.children
               if m.dep_ == "nmod" and m.conjuncts and is_named(m, ("org", "person"))]
    return [o for o in called if o.ent_type_ not in _NOT_SIDES and not is_named(o, ("place",))]


def _summoned_outright(verb: Token) -> bool:
    """"summoned X and Y to explain", "X was summoned by Y": a verb that is a summons on its own, with its object
    or the passive's subject ("summoned X to talks" is the noun's, read by `governing`)."""
    if lower_lemma(verb) not in LEX.summoning_verbs or not any(c.dep_ in ("nsubjpass", "dobj") for c in verb.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "before") and any(
        lower_lemma(o) in _HEARINGS for o in c.children) for c in verb.children)


def _called_in(verb: Token) -> bool:
    """"called in X", "called X in", "X was called in": the particle (read as one or as a preposition) and someone
    called in, as its object, the verb's object or the passive's subject."""
    if lower_lemma(verb) != "call":
        return False
    ins = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "in"]
    return bool(ins) and (any(o.dep_ == "pobj" for c in ins for o in c.children) or any(
        c.dep_ in ("nsubjpass", "dobj") for c in verb.children))

