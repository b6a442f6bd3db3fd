"""Bad words that set the scene of good news rather than report bad news of their own.

A rescue names the collapse it ends, a relief the fire nobody was hurt in, a settlement the dispute
it closes, a fear the strike that has not happened. VADER adds those words up with the good news and
reads the story as even; here they are left out (or, for a settled struggle, reversed).
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import MAX_CLAUSE_DEPTH, SUBJECT_DEPS, of_head, phrase_head
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.negation import negated, negating_predicate
from streams.enrich.extractors.sentiment.tree import dependents

# A bad thing that a negated relative clause says was never done or never came about is denied, not
# reported: "jailed for a crime he did not commit", "braced for a crash that never happened", "a
# flood that never came". Verbs of being are left out: "a crisis that is not over" still is one.
DENYING_RELATIVE_VERBS = frozenset(
    {"commit", "happen", "occur", "exist", "come", "arrive", "materialise", "materialize"}
)
# Where a denied harm would have happened: in "nobody was hurt in the fire" or "no injuries in the
# crash" the fire and the crash are the setting of the relief, not news of their own (the report
# is that the harm did not come about).
SETTING_PREPS = frozenset({"in", "during", "at", "after", "from"})
# The setting may also be a clause of time, whose subject is the event: "nobody was hurt when a fire
# broke out", "no one was injured as the bus overturned", and so is its verb when it takes no
# object ("when the roof collapsed", "after the tram derailed"). What the event did to something
# besides ("when the fire destroyed forty homes") is news of its own.
SETTING_CLAUSE_WORDS = frozenset({"when", "as", "after", "while"})
# The predicates whose subject is a count of harm, which a negation denies: "there were no
# injuries", "no casualties were reported", "no deaths have been recorded in the floods".
COUNTING_VERBS = frozenset({"be", "report", "record", "confirm"})
# A success reached "after" a struggle ("won the title after a long fight", "the deal was signed
# after a bitter dispute", "after a long battle, this is the sweetest win") tells the struggle as
# the road to the news, which is the success, as a relief's predicament is the road to the rescue.
# Only nouns of contest and effort: what else came before ("rose after the crash") is news of its own.
STRUGGLE_NOUNS = frozenset(
    {"fight", "battle", "struggle", "fightback", "campaign", "dispute", "row", "wrangle", "standoff", "setback"}
    | {"fighting", "feud", "deadlock", "impasse", "stalemate", "strike", "walkout"}
)
STRUGGLE_PREPS = frozenset({"after", "following"})
# A settlement is the success such a struggle leads to even where no word of it is rated: "the deal
# was signed after a bitter dispute", "talks resumed after a long stalemate", "the crossing reopened
# after a row" report the outcome, and a news reader takes the tone from it, not from the backstory.
SETTLEMENT_VERBS = frozenset({"sign", "agree", "reach", "seal", "settle", "conclude", "resume", "reopen", "approve"})
SUCCESS_ARGUMENTS = ("dobj", "attr", "acomp", "nsubj", "nsubjpass")
# Verbs of relief: what someone is rescued from, survives or escapes is the predicament the news
# ends ("miners trapped after a collapse were rescued", "survived the crash", "escaped from the
# fire"); like a denied harm's setting it is no bad news of its own.
# A court's relief is the same move: what someone is acquitted or cleared of is the accusation the
# news ends ("acquitted of all charges", "cleared of misconduct"). What a point or a deal is
# salvaged from is the loss it was saved from ("salvaged a draw from a poor start").
RELIEF_VERBS = frozenset({"rescue", "survive", "escape", "free", "recover", "acquit", "clear", "salvage"})
RELIEF_PREPS = frozenset({"from", "of"})
# A rescue is also told by where it leaves people: "brought to the surface alive", "pulled alive
# from the rubble", "led to safety", "escorted safely ashore"; any verb that ends so is one of relief.
SAFE_WORDS = frozenset({"alive", "safe", "safely", "unharmed", "unhurt"})
SAFE_LINKS = ("advcl", "acomp", "oprd", "advmod", "xcomp", "dobj")
SAFETY = "safety"
RELIEF_ARGUMENTS = frozenset({"dobj", "nsubjpass", "prep"})
# The links from a word of the predicament up to the argument of the relief verb that holds it.
PREDICAMENT_LINKS = frozenset({"acl", "relcl", "prep", "agent", "pobj", "amod", "compound", "nmod", "conj"})
# What is feared has not happened: in "fears of a strike", "the threat of floods", "the risk of a
# recession" the fear carries the tone once, and the feared thing is its content (irrealis), not a
# second piece of bad news; "fears of a strike receded" is then good news as a whole.
FEAR_NOUNS = frozenset({"fear", "threat", "risk", "danger", "spectre", "specter"})


def relieved(token: Token) -> bool:
    """Whether the word describes the predicament a verb of relief ends ("trapped" and "collapse"
    in "miners trapped after a collapse were rescued"; "crash" in "all passengers survived the crash")."""
    node = token
    for _ in range(MAX_CLAUSE_DEPTH):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in RELIEF_ARGUMENTS and _relief_verb(head):  # "has not recovered from
            # its losses" ends nothing
            return (node.dep_ != "prep" or node.lower_ in RELIEF_PREPS) and not negated(head)
        if node.dep_ not in PREDICAMENT_LINKS:
            return False
        node = head
    return False


def road_to_success(token: Token, polar: dict[int, float]) -> bool:
    """Whether the word is the struggle a success came "after" ("fight" in "won after a long fight"):
    the predicate it hangs from, or one of its arguments ("the sweetest win"), is good news. What
    the struggle was like goes with it ("after a bitter dispute")."""
    host = _struggle_host(token)
    return host is not None and any(polar.get(w.i, 0.0) > 0 for w in (host, *dependents(host, SUCCESS_ARGUMENTS)))


def settled(token: Token) -> bool:
    """Whether the word is the struggle a settlement came "after" ("dispute" in "the deal was signed
    after a bitter dispute"): the settlement ends it, so it reads as "ending a bitter dispute" does."""
    host = _struggle_host(token)
    return host is not None and host.lemma_.lower() in SETTLEMENT_VERBS


def _struggle_host(token: Token) -> Token | None:
    """The predicate that a noun of struggle (or the adjective saying what it was like) is the
    "after" complement of, directly or through a span of time ("after months of fighting"), unless
    that predicate is negated."""
    if token.dep_ == "amod":
        token = token.head
    if token.lemma_.lower() not in STRUGGLE_NOUNS:
        return None
    outer = of_head(token) or token  # "after years of dispute"
    link = outer.head
    if outer.dep_ != "pobj" or link.lower_ not in STRUGGLE_PREPS:
        return None
    host = link.head
    return None if host.i == link.i or negated(host) else host


def _relief_verb(verb: Token) -> bool:
    """Whether the verb is one of relief: by its meaning ("rescued", "survived") or by leaving its
    argument safe ("brought out alive", "led to safety")."""
    if verb.lemma_.lower() in RELIEF_VERBS:
        return True
    if any(w.lower_ in SAFE_WORDS for w in dependents(verb, SAFE_LINKS)):
        return True
    destinations = [o for p in dependents(verb, ("prep",)) if p.lower_ == "to" for o in dependents(p, ("pobj",))]
    return any(o.lower_ == SAFETY for o in destinations)


def feared(token: Token, polar: dict[int, float]) -> bool:
    """Whether the word is what a rated noun of fear is of ("a strike" in "fears of a strike")."""
    noun = of_head(token)
    return noun is not None and noun.lemma_.lower() in FEAR_NOUNS and polar.get(noun.i, 0.0) < 0


def denied_by_relative(token: Token) -> bool:
    """Whether a negated relative clause of doing or coming about denies the word ("a crime he did
    not commit", "a storm that never came")."""
    return any(
        clause.lemma_.lower() in DENYING_RELATIVE_VERBS and negated(clause)
        for clause in dependents(token, ("relcl",))
    )


def denied_setting(token: Token, lex: NewsLexicon, polar: dict[int, float]) -> bool:
    """Whether the word names where a denied harm would have happened: "fire" in "nobody was hurt
    in the fire" or "when a fire broke out", "crash" in "there were no injuries in the crash"."""
    host = _setting_host(token, impact=token.lemma_.lower() in lex.impacts)
    if host is None:
        return False
    counted = host.lemma_.lower() in COUNTING_VERBS
    harms = [host, *dependents(host, ("attr", "nsubj", "nsubjpass"))] if counted else [host]
    return any(polar.get(h.i, 0.0) < 0 and negating_predicate(h, lex) is not None for h in harms)


def harmless(token: Token, polar: dict[int, float]) -> bool:
    """Whether the word is (part of) the subject of a harmful act that is denied: "the strike" in
    "the strike did not hurt sales", "the loss of the contract" in "the loss of the contract has not
    hurt profits". The news is that it did no harm, which the denied act says (reversed, it reads as
    relief); the subject is its setting, as the fire is that of "nobody was hurt in the fire"."""
    subject = phrase_head(token)
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.i == subject.i or verb.pos_ != "VERB":
        return False
    return polar.get(verb.i, 0.0) < 0 and negated(verb)


def _setting_host(token: Token, impact: bool = False) -> Token | None:
    """The predicate the word is a setting of: through a preposition of place or time ("hurt [in]
    the fire"), as the subject of a clause of time ("hurt [when] a fire broke out"), or as that
    clause's verb when it takes no object ("hurt when the roof [collapsed]"), or when it is a
    verb of impact, whose object is only where the event struck ("hurt when a storm [hit] the pier")."""
    link = token.head
    if token.dep_ == "advcl" and (impact or not dependents(token, ("dobj",))) and _timed(token):
        return link
    if link.head.i == link.i:
        return None
    if token.dep_ == "pobj":
        return link.head if link.dep_ == "prep" and link.lower_ in SETTING_PREPS else None
    if token.dep_ not in SUBJECT_DEPS or link.dep_ != "advcl":
        return None
    return link.head if _timed(link) else None


def _timed(clause: Token) -> bool:
    """Whether the clause is one of time ("when the roof collapsed", "as the bus overturned")."""
    return any(w.lower_ in SETTING_CLAUSE_WORDS for w in dependents(clause, ("advmod", "mark")))
