"""A word's own rating before its context acts on it: VADER's lexicon, minus the words that rate nothing here.

VADER reads whitespace-split words, so it cannot tell "Intelligence" in an agency's name from the
quality, nor "succeeds the chair" (an appointment) from a success. The part of speech, the entity
and the word's arguments decide whether the lexicon's rating applies at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import PREDICATE_DEPS, SUBJECT_DEPS
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.negation import negated
from streams.enrich.extractors.sentiment.prefixes import opposed_kind
from streams.enrich.extractors.sentiment.tree import dependents

# Entity labels that name something. Their words are labels, not opinions ("Justice Department",
# "Central Intelligence Agency", "Hope Street"); dates and quantities carry no lexicon words.
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
# What a degree adverb modifies: "well ahead", "well above" say how far, not how good.
DEGREE_HEADS = frozenset({"ADJ", "ADV", "ADP"})
# Function words never carry VADER's rating: "like" as a preposition, "no" as a determiner (it is
# read as a negation instead).
FUNCTION_POS = frozenset(
    {"ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART", "AUX", "NUM", "PUNCT", "SYM", "SPACE"}
)
# To succeed someone is to follow them in a post: "she succeeds the retiring chair", "he will be
# succeeded by his deputy" report an appointment, not VADER's success, which "succeeded in winning
# the vote" (no object) keeps.
SUCCESSION_VERBS = frozenset({"succeed"})
SUCCESSOR_LINKS = ("dobj", "agent")
# To "help" do something, with no one named as helped, only joins in the act: "the ministry will
# help fund a road survey", "the levy will help pay for buses" are announcements whose tone is the
# act's ("helped rescue the climbers" keeps the rescue's). VADER's 1.7 for "help" made such notices
# good news; "help families pay their bills" and "helps refugees" name who is helped and keep it.
CATENATIVE_VERBS = frozenset({"help"})
# To "support" a thing as a planned act is to fund or back it: "the foundation will support the
# archive project", "a grant to support the survey" are notices whose tone is the thing's, which
# the notice leaves to its own words. Said as a stance ("residents support the plan", "she
# supported the strike") or of someone ("will support the families"), VADER's rating stays.
BACKING_VERBS = frozenset({"support"})
PLANNED_MARKS = frozenset({"will", "shall", "to"})
# To commit an act says nothing of the act's worth: "the robbery he committed", "crimes committed
# by the gang", "committed an error" take their tone from what is committed. VADER's "committed"
# is the devotion of "committed to peace", which takes "to" and no object; so is kept there.
COMMIT_VERBS = frozenset({"commit"})
COMMITTED_ACT_LINKS = ("dobj", "nsubjpass")
COMMITTED_ACT_DEPS = frozenset({"relcl", "acl"})  # "the robbery [he committed]", "crimes [committed by]"

# Money owed is a debt not paid: "staff are owed $4 million in wages", "the club owes its players two
# months of pay", "the rent owed to the council" are news of a firm's or a body's trouble (the news
# layer rates "owe" as bad). What is owed that is no money is a duty or a thanks ("we owe it to the
# fans", "owes her success to her coach") and rates nothing.
DEBT_VERBS = frozenset({"owe"})
OWED_LINKS = ("dobj", "dative", "nsubjpass", "npadvmod")
MONEY_NOUNS = frozenset(
    {"money", "wage", "pay", "salary", "rent", "tax", "debt", "fee", "entitlement", "arrears", "bill", "loan"}
    | {"dollar", "euro", "pound", "rand", "rupee", "yen", "peso", "million", "billion"}
)


def _is_name(token: Token) -> bool:
    if token.is_lower:
        return False
    return token.ent_type_ in NAME_LABELS or (token.pos_ == "PROPN" and not token.is_sent_start)


def _is_classifier(token: Token) -> bool:
    """A noun modifying a noun says what kind ("peace talks", "crisis meeting"), not how good."""
    return token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN")


def base_valence(token: Token, lex: NewsLexicon) -> float:
    """The word's own rating; a degree adverb has none, it boosts its head ("strongly opposes"),
    as in VADER, which skips its booster words when it sums valences."""
    if token.pos_ in FUNCTION_POS or not token.is_alpha or _is_name(token) or _is_classifier(token):
        return 0.0
    if token.dep_ == "neg":  # "no" in "no longer": a negation acts on its predicate, it rates nothing
        return 0.0
    if token.lower_ in lex.degrees and token.dep_ == "advmod" and token.head.pos_ in DEGREE_HEADS:
        return 0.0
    if token.lower_ in lex.boosters:
        return 0.0
    allowed = lex.pos_only.get(token.lower_)
    if allowed is not None and token.pos_ not in allowed:
        return 0.0
    if token.lemma_.lower() in SUCCESSION_VERBS and dependents(token, SUCCESSOR_LINKS):
        return 0.0
    if token.lemma_.lower() in COMMIT_VERBS and _commits_an_act(token):
        return 0.0
    if token.lemma_.lower() in CATENATIVE_VERBS and _only_joins(token):
        return 0.0
    if token.lemma_.lower() in BACKING_VERBS and _plans_to_fund(token, lex):
        return 0.0
    if token.lemma_.lower() in DEBT_VERBS and not _owes_money(token):
        return 0.0
    sense = lex.senses.get(token.lower_)
    if sense is not None and _qualified(token).lemma_.lower() in sense[0]:
        return sense[1]
    return lex.valence.get(token.lower_, 0.0)


def _commits_an_act(verb: Token) -> bool:
    """Whether "commit" takes an act (an object, a passive subject, or the noun its clause
    modifies) rather than the devotion of "committed to" a cause."""
    if any(prep.lower_ == "to" for prep in dependents(verb, ("prep",))):
        return False
    return verb.pos_ == "VERB" and (bool(dependents(verb, COMMITTED_ACT_LINKS)) or verb.dep_ in COMMITTED_ACT_DEPS)


def _only_joins(verb: Token) -> bool:
    """Whether the verb takes a bare verb of its own and no one it acts on ("help fund the survey")."""
    return bool(dependents(verb, ("xcomp",))) and not dependents(verb, ("dobj", "dative", "ccomp"))


def _plans_to_fund(verb: Token, lex: NewsLexicon) -> bool:
    """Whether the verb is a planned act ("will support", "to support") on an unrated thing (an
    "anti-fraud plan" is one, `prefixes`); not a denied one ("will no longer support the routes"
    withdraws the backing, which is news)."""
    if verb.pos_ != "VERB" or negated(verb) or not any(a.lower_ in PLANNED_MARKS for a in dependents(verb, ("aux",))):
        return False
    objects = dependents(verb, ("dobj",))
    return bool(objects) and all(
        o.pos_ == "NOUN"
        and o.ent_type_ not in NAME_LABELS
        and not any(lex.valence.get(w.lower_) and not opposed_kind(w, lex) for w in o.subtree)
        for o in objects
    )


def _owes_money(verb: Token) -> bool:
    """Whether what the verb says is owed is money: an amount ("$4 million", "two months of pay") or
    a noun of money, among its arguments or as the noun its clause qualifies ("the rent owed")."""
    owed = [w for arg in dependents(verb, OWED_LINKS) for w in arg.subtree]
    if verb.dep_ == "acl":
        owed.append(verb.head)
    return any(w.ent_type_ == "MONEY" or w.lemma_.lower() in MONEY_NOUNS for w in owed)


def _qualified(token: Token) -> Token:
    """The noun an adjective says something of: its head ("outstanding debts") or, said of a
    subject, the subject ("the debts remain outstanding"); the word itself otherwise."""
    if token.dep_ == "amod":
        return token.head
    if token.dep_ in PREDICATE_DEPS:
        return next(iter(dependents(token.head, SUBJECT_DEPS)), token)
    return token
