"""The meeting noun's own clause: a relative clause that says the encounter takes place.

"backed the summit that both councils intend to hold in X on Friday": whatever the outer verb says of the
summit, the relative clause tells whether it is planned or held, where and when. Kept apart so that every
step (detection, status, place and date) reads the same clause.
"""

from __future__ import annotations

from spacy.tokens import Token

_MAX_CHAIN = 3
_HAPPENING_VERBS = ("hold", "happen", "occur", "convene", "open", "begin", "start")
_STAY_UNITS = frozenset({"hour", "day", "night", "weekend", "week", "fortnight", "month", "year"})


def own_clause(trigger: Token) -> list[Token]:
    """"backed the summit that both councils intend to hold in X on Friday": a relative clause on the meeting
    noun that says it takes place is the encounter's own clause. Its verbs, innermost first, give the
    status (the outer verb tells only what someone thinks of it) and carry its place and date."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    for clause in trigger.children:
        if clause.dep_ == "relcl":
            chain = complement_chain(clause)
            if any(says_it_happens(t) for t in chain):
                return chain[::-1]
    return []


def complement_chain(verb: Token) -> list[Token]:
    """The verb and its complements down ("was" -> "due" -> "take", "plan" -> "hold")."""
    chain = [verb]
    while len(chain) <= _MAX_CHAIN:
        nxt = next((c for c in chain[-1].children if c.dep_ in ("xcomp", "acomp")), None)
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def says_it_happens(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma == "take":
        return any(c.lower_ == "place" for c in token.children)
    return lemma in _HAPPENING_VERBS


def clause_subjects(verb: Token, relatives: tuple[str, ...] = ("WDT", "WP")) -> list[Token]:
    """The verb's own subjects, a relative pronoun of the given tags read as the noun it stands for ("a
    delegation which met Y", "X, who led a team"): the pronoun names no one itself."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not is_stay(c)]
    if found and verb.dep_ == "relcl" and all(c.tag_ in relatives for c in found):
        return [verb.head]
    return found


def is_stay(noun: Token) -> bool:
    """"X will visit Y for three days to review Z with W": the parser reads "for three days to review" as "for
    him to review" (the days its subject) or as "days to review" (the days the ones described). A length of
    time after "for" names no one: the sides of what is reviewed are those of the clause the stay belongs to."""
    if noun.lemma_.lower() not in _STAY_UNITS:
        return False
    if noun.dep_ == "pobj":
        return noun.head.lower_ == "for"
    return noun.dep_ == "nsubj" and any(c.dep_ == "mark" and c.lower_ == "for" and c.i < noun.i
                                        for c in noun.head.children)
