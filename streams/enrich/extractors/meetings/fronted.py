"""Whose clause an encounter word sits in: the subjects of a verb, and sentences opened by another phrase.

"X, who met Y on Monday, said": the relative clause's encounter is X's. "After his talks with X, Y met Z":
the fronted phrase ends at its comma, and its "his" looks ahead to the main clause's subject. Both sides'
readers (verbs and nouns) ask the same questions, so the answers live here.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.clause import clause_subjects, is_stay
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.visited_sites import visits_country, went_for_talks

_CLIMB_DEPS = ("xcomp", "pcomp", "advcl", "prep", "conj", "ccomp", "acl", "acomp")
MAX_CLIMB = 4
_FRONTING_MARKS = ("after", "before", "following", "since", "until")
_COPULAS = frozenset({"be", "become", "remain"})
_ENCOUNTER_VERBS = LEX.meet_verbs | LEX.attend_verbs | LEX.companion_verbs
_INSIDE_A_NAME_PHRASE = ("compound", "conj", "cc", "pobj", "prep")


def subjects(verb: Token) -> list[Token]:
    """The subjects of a verb or of the verb it complements ("is expected to travel": the one expected)."""
    node = verb
    for _ in range(MAX_CLIMB):
        # "a team which met Y" is the team's; "X, who visited Y last year, held talks" tells an aside on X
        found = clause_subjects(node, relatives=("WDT",))
        if found and not (verb.dep_ == "pcomp" and node.i != verb.i and _expletive(found)):
            return found
        if _participle_of(node):
            return [node.head]  # "X, speaking after talks with Y, said": the participle tells of X
        if node.dep_ == "relcl" and is_stay(node.head):
            node = node.head.head.head  # "travel to X for a day to discuss": the traveller discusses
            continue
        if node.dep_ == "relcl":
            return described_one(node.head)
        trip = node.head
        if node.dep_ == "acl" and trip.dep_ == "dobj" and trip.pos_ == "NOUN" and lower_lemma(trip) in LEX.travel_verbs:
            node = trip.head  # "postponed a trip to X to meet Y": who takes (or puts off) the trip meets Y
            continue
        if node.dep_ not in _CLIMB_DEPS or node.head.i == node.i:
            return []
        controller = _controlling_object(node)
        if controller is not None:
            return [controller]
        node = node.head
    return []


def _expletive(found: list[Token]) -> bool:
    """"After meeting Y, it was clear that ...": an empty "it" acts in nothing, so whoever the clause is said by
    (or told of) met Y, read further up. Only for a gerund set in a phrase ("after meeting Y"): "it would be hard
    to hold talks with Y" tells no one who would hold them."""
    return len(found) == 1 and found[0].lower_ == "it" and any(
        c.dep_ in ("acomp", "attr") for c in found[0].head.children)


def _participle_of(node: Token) -> bool:
    """"X, speaking after her meeting with Y, ...", "the firm, seeking talks with Y, ...": a participle set on a
    noun has that noun for its subject (an encounter noun's own participle, "talks involving Y", tells no one).
    An encounter verb so set ("members attending the session") is read by the verbs' own readers."""
    return node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in ("NOUN", "PROPN") and (
        lower_lemma(node.head) not in LEX.meeting_nouns) and lower_lemma(node) not in _ENCOUNTER_VERBS


def _controlling_object(complement: Token) -> Token | None:
    """"The court ordered X to enter mediation with Y", "urged X to hold talks": the one told, asked or ordered
    to act is the object of the outer verb, not its subject (who only bids). Talks wanted ("wants talks to
    resume") or an empty "it" name no one, and the outer subject still acts."""
    if complement.dep_ != "xcomp" or complement.head.pos_ != "VERB":
        return None
    obj = next((c for c in complement.head.children if c.dep_ == "dobj" and c.i < complement.i), None)
    if obj is None or obj.lower_ == "it" or lower_lemma(obj) in LEX.meeting_nouns:
        return None
    return obj


def own_subjects(verb: Token) -> list[Token]:
    """"X, who met Y on Monday, said ...": the encounter told in a relative clause is the antecedent's. A trip
    so told ("X, who visited Lisbon last year, held talks") is an aside on X, another scene, unless the trip was
    made for talks ("X, who visited Y last week for talks") or is a visit to a country, met as its government."""
    if verb.dep_ == "relcl" and (lower_lemma(verb) not in LEX.travel_verbs or went_for_talks(verb)
                                 or visits_country(verb)) and any(
            c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children):
        return described_one(_past_role_in_apposition(verb.head))
    return _taken_by_fronted_clause(verb, subjects(verb))


def _past_role_in_apposition(noun: Token) -> Token:
    """"Y, a close aide to Z, who went to X": a "who" clause after a role set in apposition ("an aide to Z", "an
    adviser to Z") goes on telling of Y, the one described, not of Z, whom the role is only relative to. The
    small model may hang a titled Z ("to coach Z", "to the island's army leader Z") on the role itself, as its
    apposition or as a conjunct with no "and"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":
        role = noun.head.head
    elif noun.dep_ in ("appos", "conj") and any(c.dep_ == "prep" and c.lower_ == "to" and c.i < noun.i
                                                for c in noun.head.children) and not any(
            c.dep_ == "cc" for c in noun.head.children):
        role = noun.head
    else:
        return noun
    if role.dep_ == "appos" and role.pos_ == "NOUN" and role.head.pos_ == "PROPN":
        return role.head
    return noun


def described_one(noun: Token) -> list[Token]:
    """ "X is the third premier to be phoned by Y", "X became the first mayor who met Y": a clause on a noun
    that a copula predicates of its subject tells an encounter of that subject; the noun only describes X."""
    verb = noun.head
    if noun.dep_ == "attr" and lower_lemma(verb) in _COPULAS:
        return clause_subjects(verb) or [noun]
    return [noun]


def fronted_in(noun: Token) -> Token | None:
    """The main verb of the sentence an encounter noun opens in a fronted phrase ("After his talks with X, ..."),
    which the small model may also read as the verb's subject ("after" as a conjunction)."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        if verb.dep_ == "npadvmod":  # "Hours after his talks with X, Y flew ...": the span of time hangs on the verb
            verb = verb.head
    elif noun.dep_ == "nsubj":
        verb = noun.head
    else:
        return None
    comma = _fronted_end(verb)
    if comma is None or noun.i > comma:
        return None
    return verb if any(s.i > comma for s in own_subjects(verb)) else None


def _fronted_end(verb: Token) -> int | None:
    """Where a sentence-opening phrase or clause on `verb` ends: the last comma before the verb."""
    start = verb.sent.start + 1
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.i < verb.i and ((_opening_phrase(c) and _opening_edge(c) <= start) or (
                c.dep_ == "mark" and c.i <= start and c.lower_ in _FRONTING_MARKS)) for c in verb.children):
        return None
    return next((t.i for t in reversed(verb.doc[start : verb.i]) if t.text == "," and not _in_a_list(t)), None)


def _in_a_list(comma: Token) -> bool:
    """"ministers of A, B and C": a comma between the items of a list ends no opening phrase."""
    after = comma.nbor(1) if comma.i + 1 < len(comma.doc) else None
    return after is not None and after.dep_ == "conj" and after.head.i < comma.i


def _opening_edge(phrase: Token) -> int:
    """Where a phrase on a verb starts, with the span of time before it ("Three weeks after his talks"): the
    small model may hang the span and the "after" on the verb side by side."""
    edge = phrase.left_edge.i
    span = phrase.doc[edge - 1] if edge > 0 else None
    if span is not None and span.dep_ == "npadvmod" and span.head.i == phrase.head.i:
        return span.left_edge.i
    return edge


def _opening_phrase(child: Token) -> bool:
    """A phrase or clause that can open a sentence before its verb: "After talks with X", "Hours after the
    vote" (a span of time that carries its own "after")."""
    return child.dep_ in ("prep", "advcl") or (
        child.dep_ == "npadvmod" and any(c.dep_ == "prep" for c in child.children))


def _phrase_head(last: Token, comma: int, end: int) -> Token:
    """From the word before the verb up to the head of its noun phrase, inside (`comma`, `end`): through a
    name's compounds, and through a list only where it is the object of "of"/"from" ("..., ministers of A and B
    reaffirmed": from the last country up to the ministers). Two subjects joined by "and" ("the governor and
    the mayor praised") are no one phrase, so the climb stops at the compounds."""
    named = last
    while named.dep_ == "compound" and comma < named.head.i < end:
        named = named.head
    climbed, through_preposition = last, False
    while climbed.dep_ in _INSIDE_A_NAME_PHRASE and comma < climbed.head.i < end:
        through_preposition = through_preposition or climbed.dep_ == "prep"
        climbed = climbed.head
    return climbed if through_preposition else named


def _taken_by_fronted_clause(verb: Token, found: list[Token]) -> list[Token]:
    """"After a call with X, President Y met Z": the small model hangs Y on X as an apposition and leaves the
    verb with no subject (or makes "call" its subject); "Before meeting X, the head of W, Y, spoke to Z" makes X,
    the participle's object, the verb's subject. A fronted phrase ends at its comma: the people after it act in
    the main clause."""
    comma = _fronted_end(verb)
    if comma is None:
        return found
    before = verb.doc[found[0].left_edge.i - 1] if len(found) == 1 and found[0].left_edge.i > 0 else None
    if before is not None and before.tag_ == "VBG" and before.dep_ == "pcomp" and before.head.head.i == verb.i and (
            not any(c.dep_ == "dobj" for c in before.children)):  # the participle's object: the name after, last
        return [t for t in found[0].subtree if t.dep_ == "appos" and t.i < verb.i][-1:] or found
    if not all(s.i < comma for s in found):
        return found
    last = _phrase_head(verb.doc[verb.i - 1], comma, verb.i)
    stolen = last.i > comma and last.dep_ == "appos" and last.head.i < comma and last.pos_ in ("PROPN", "NOUN")
    return [last] if stolen else found
