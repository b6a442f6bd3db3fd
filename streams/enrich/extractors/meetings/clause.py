"""The meeting noun's own clause: a relative clause that says the encounter takes place.

"backed the summit that both councils intend to hold in X on Friday": whatever the outer verb says of the
summit, the relative clause tells whether it is planned or held, where and when. Kept apart so that every
step (detection, status, place and date) reads the same clause.
"""

from __future__ import annotations

from spacy.tokens import Token

_MAX_CHAIN = 3
_HAPPENING_VERBS = ("hold", "happen", "occur", "convene", "open", "begin", "start")
_ENDING_VERBS = ("end", "conclude", "close", "finish", "last")  # said of an encounter only without an object
_PERSON_RELATIVES = ("who", "whom")
_SIDE_SLOTS = ("pobj", "nsubj", "nsubjpass")
_OCCASION_SLOTS = ("npadvmod", "prep", "advmod", "tmod")  # "last week", "on Friday", "with last week" (misparsed)
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
    """"that took place", "which opened on Monday", "that ended late last night": the clause tells the encounter
    running its course. A verb of ending with an object ("that ended its contract") tells what someone did."""
    lemma = token.lemma_.lower()
    if lemma == "take":
        return any(c.lower_ == "place" for c in token.children)
    if lemma in _ENDING_VERBS:
        return not any(c.dep_ == "dobj" for c in token.children)
    return lemma in _HAPPENING_VERBS


def clause_subjects(verb: Token, relatives: tuple[str, ...] = ("WDT", "WP")) -> list[Token]:
    """The verb's own subjects, a relative pronoun of the given tags read as the noun it stands for ("a
    delegation which met Y", "X, who led a team"): the pronoun names no one itself."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not is_stay(c)]
    if found and verb.dep_ == "relcl" and all(c.tag_ in relatives for c in found):
        return [verb.head]
    return found


def relative_antecedent(pronoun: Token) -> Token | None:
    """"the delegates with whom he met", "X, whom aides said spoke by phone with Y": a "who" or "whom" deeper in
    its relative clause (the object of a preposition, the subject of a clause the relative one reports) stands
    for the noun the clause describes, as one that is the clause's own subject does (`clause_subjects`)."""
    if pronoun.tag_ == "WP" and pronoun.lower_ in _PERSON_RELATIVES and pronoun.dep_ == "dobj" and (
            pronoun.head.dep_ == "relcl" and tells_an_occasion(pronoun.head)):
        return pronoun.head.head  # "Y, whom he met on Tuesday to go over the loan": Y was met then
    if pronoun.tag_ != "WP" or pronoun.lower_ not in _PERSON_RELATIVES or pronoun.dep_ not in _SIDE_SLOTS:
        return None  # "Y, whom he met at college": someone known since, not an encounter told
    if pronoun.dep_ != "pobj" and pronoun.head.dep_ == "relcl":
        return None  # "X, who visited Y last year": the clause's own subject, read by `clause_subjects` and its callers
    node = pronoun
    for _ in range(_MAX_CHAIN):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return node.head if node.dep_ == "relcl" else None


def tells_an_occasion(verb: Token) -> bool:
    """"whom he met on Friday", "who she called on Tuesday to go over the loan": a relative clause that dates its
    verb or gives it a purpose tells one encounter; "whom he met at college" or "who he has known for years"
    tells how two people know each other."""
    dated = any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in _OCCASION_SLOTS
                for t in c.subtree)
    purpose = any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                  for c in verb.children)
    return dated or purpose


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
