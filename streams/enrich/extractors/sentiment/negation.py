"""Which predicate's negation covers a word, read from the parse rather than VADER's three-word window.

VADER sees a negation only if it stands at most three words before the word it negates ("the
reform has still not been welcomed" escapes it); the parse says what is denied wherever it stands:
an argument of a negated predicate, a subject that denies everyone ("nobody wins"), a clause under
a negated verb of opinion ("I don't think it is fair").
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import (
    CLAUSE_EDGES,
    MAX_SCOPE_STEPS,
    SUBJECT_DEPS,
    first_conjunct,
    of_head,
    phrase_head,
)
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.shifters import is_shifter
from streams.enrich.extractors.sentiment.tree import dependents

# A negated predicate negates these dependents of it: "they are not satisfied", "did not want a
# confrontation", "the reform has still not been welcomed".
NEGATED_ARGUMENTS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd", "xcomp", "advmod", "dative"}
)
NEGATING_DETERMINERS = frozenset({"no", "neither"})
# "no longer", "not any more": the parse hangs the negation on the adverb, but what is denied is
# the predicate the adverb modifies ("the coach was no longer welcome").
CEASING_ADVERBS = frozenset({"longer", "more", "anymore"})
# Predicates of being or coming about: negating them denies their subject ("peace did not come").
EXISTENCE_VERBS = frozenset(
    {"be", "exist", "remain", "come", "happen", "arrive", "return", "materialise", "materialize"}
)
# A subject that denies everyone denies the predicate: "nobody wins", "nothing has improved",
# "no side benefits" (a subject with a negating determiner counts too).
NEGATING_SUBJECTS = frozenset({"nobody", "noone", "nothing", "none", "neither"})
# The quantifiers that deny the noun their "of" takes ("none of the problems").
DENYING_QUANTIFIERS = frozenset({"none", "neither"})
# Verbs of opinion pass their negation down to the clause they report ("neg-raising", Horn 1989):
# "I don't think the decision is fair" says the decision is unfair, not that no thought was had.
# Being convinced or sure of a clause is believing it: "not all states are convinced [the plan will
# work]", "we are not sure [it will help]" doubt the clause, as "don't think" does.
NEG_RAISING_VERBS = frozenset(
    {"think", "believe", "expect", "suppose", "imagine", "feel"}
    | {"convince", "persuade", "sure", "confident", "certain"}
)
# "Not all" and "not every" deny the predicate of part of the subject: "not all states are convinced"
# reports dissent, which a reader takes as the predicate denied, as "not everyone is convinced" is.
UNIVERSAL_WORDS = frozenset({"all", "every", "each"})
AUXILIARY_DEPS = ("aux", "auxpass")
PREDICATE_CHILD_DEPS = (*SUBJECT_DEPS, "dobj", *AUXILIARY_DEPS)


def negating_predicate(token: Token, lex: NewsLexicon) -> Token | None:
    """The predicate whose negation covers this word, if any."""

    anchor = first_conjunct(token)
    if negated(token):
        return token
    if anchor is not token and negated(anchor):
        return anchor
    if anchor.dep_ == "amod" and _negates(anchor.head):
        return anchor.head  # "no easy answers", "no side good enough": what has none has none of its kind
    if _denies_argument(anchor) and anchor.lemma_.lower() not in lex.people:
        return anchor.head  # a person is not undone by what is not done to them: "victims were not paid"
    of_noun = of_head(anchor)
    if of_noun is not None and negated(of_noun):
        return of_noun
    denying = _denying_quantifier(anchor)
    if denying is not None:
        return denying
    phrase = phrase_head(anchor)
    if phrase is not anchor and _denies_argument(phrase) and not _named_by_subject(anchor, phrase):
        return phrase.head
    return _denied_shifter_host(anchor, lex) or _denied_state(anchor) or _raised_negation(anchor)


def _named_by_subject(word: Token, subject: Token) -> bool:
    """Whether the word sits in an "of" phrase of a passive subject, which names what the subject is
    of: "victims of the crash have not been named", "details of the layoffs were not disclosed" deny
    the naming and the disclosure, not the crash or the layoffs ("a fair deal was not reached" is
    still denied: its adjective is no "of" phrase)."""
    if subject.dep_ != "nsubjpass":
        return False
    node = word
    while node.i != subject.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ == "of":
            return True
        node = node.head
    return False


def _denying_quantifier(token: Token) -> Token | None:
    """The "none" or "neither" whose "of" takes the word: "fixes none of the problems" and "resolved
    neither of the disputes" deny what is done to them, as "fixed no problems" does."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    return prep.head if prep.head.lower_ in DENYING_QUANTIFIERS else None


def _denied_shifter_host(token: Token, lex: NewsLexicon) -> Token | None:
    """The negated predicate a shifting preposition hangs from: in "the plan is not without risks"
    the negation cancels "without", so the risks stand ("not against the deal" likewise)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or not is_shifter(prep, lex) or prep.head.i == prep.i:
        return None
    return prep.head if negated(prep.head) else None


def _denied_state(token: Token) -> Token | None:
    """The negated "be" whose prepositional complement names the state the word is in: "the
    hospital is no longer at risk", "the reef is not in danger", "the club is not under threat"
    deny the risk, as "there is no risk" does."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    host = prep.head
    return host if host.lemma_ == "be" and negated(host) else None


def _raised_negation(token: Token) -> Token | None:
    """The negated verb of opinion whose reported clause holds the word ("I don't think [it is fair]")."""
    node = token
    for _ in range(MAX_SCOPE_STEPS):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp":  # the reported clause follows its verb: "I don't think [it is fair]"
            head = node.head
            if node.i < head.i or head.lemma_.lower() not in NEG_RAISING_VERBS:
                return None
            denied = negated(head) or (head.dep_ == "acomp" and negated(head.head))  # "is not sure [it will help]"
            return head if denied else None
        if node.dep_ in CLAUSE_EDGES:
            return None
        node = node.head
    return None


def _denies_argument(token: Token) -> bool:
    """Whether the word is an argument that its negated predicate denies.

    An object is denied ("did not want a confrontation"), but a subject only by a predicate of
    being or coming about ("trust is not there", "peace did not come"): the subject of a negated
    act is the one that failed to act, and "the lack of trust would not help" still blames the lack.
    """
    head = token.head
    if token.dep_ not in NEGATED_ARGUMENTS or head.i == token.i or not negated(head):
        return False
    return token.dep_ != "nsubj" or head.pos_ == "AUX" or head.lemma_.lower() in EXISTENCE_VERBS


def _negates(determined: Token) -> bool:
    return any(c.lower_ in NEGATING_DETERMINERS for c in dependents(determined, ("det",)))


def negated(token: Token) -> bool:
    """Whether the word is negated itself ("not", "no"), or its subject denies it ("nobody wins",
    "not a single job will be lost"), or it is done to nothing ("solved nothing"), or it is said to
    hold no longer ("was no longer welcome", "will no longer fund") or not yet ("has yet to reopen")."""
    if dependents(token, ("neg",)) or _negates(token):
        return True
    if any(dependents(a, ("neg",)) for a in dependents(token, ("advmod",)) if a.lower_ in CEASING_ADVERBS):
        return True
    if _not_yet(token) or (token.dep_ == "xcomp" and _not_yet(token.head)):
        return True  # "has yet to repair [the bridge]": what is not yet done to the object is denied too
    if token.dep_ == "xcomp" and _denied_predicate_adjective(token.head):
        return True  # "were not able to rescue [the hikers]": not able to do it is not doing it
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    # One look-up for the subjects, the object and the auxiliaries: this runs for most rated words.
    for child in dependents(token, PREDICATE_CHILD_DEPS):
        if child.dep_ == "dobj":
            if token.pos_ == "VERB" and child.lower_ in NEGATING_SUBJECTS:
                return True  # "solved nothing", "won none of its matches": done to nothing is not done
        elif child.dep_ in AUXILIARY_DEPS:  # the small parser may hang the subject on the auxiliary
            if any(denied_subject(s) for s in dependents(child, SUBJECT_DEPS)):  # "not all states [are] convinced"
                return True
        elif denied_subject(child):
            return True
    return False


def _denied_predicate_adjective(adjective: Token) -> bool:
    """Whether the word is an adjective that a negated "be" predicates: "has not been able", "is not
    willing", "were not ready". The parse hangs "not" on the copula, so the denial reaches the
    adjective but stopped short of the act it takes, and "not able to rescue the hikers" read as a rescue."""
    copula = adjective.head
    return adjective.pos_ == "ADJ" and adjective.dep_ == "acomp" and copula.i != adjective.i and negated(copula)


def _not_yet(token: Token) -> bool:
    """Whether the verb says its complement has not happened yet: "the bridge has yet to reopen",
    "victims are yet to be paid" deny the reopening and the payment for now."""
    return (
        token.lemma_.lower() in ("have", "be")
        and any(a.lower_ == "yet" for a in dependents(token, ("advmod",)))
        and bool(dependents(token, ("xcomp",)))
    )


def denied_subject(subject: Token) -> bool:
    """Whether a subject denies the predicate: "nobody", "no side", "not a single job", "not one patient",
    and "not all" or "not every" of a group, which reports dissent."""
    if subject.lower_ in NEGATING_SUBJECTS or _negates(subject) or dependents(subject, ("neg",)):
        return True
    if any(dependents(q, ("neg",)) for q in dependents(subject, ("det", "predet")) if q.lower_ in UNIVERSAL_WORDS):
        return True  # "not all states", "not every player": the parse may hang "not" on the quantifier
    return any(dependents(count, ("neg",)) for count in dependents(subject, ("nummod",)))


def is_partial(negator: Token, lex: NewsLexicon) -> bool:
    """Negating a completeness adverb ("not developed fully") hedges instead of reversing."""
    return any(c.lower_ in lex.partial for c in dependents(negator, ("advmod",)))
