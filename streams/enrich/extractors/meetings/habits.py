"""Encounters told as a habit or a tally, not one that happened: "meets X every month", "have met several
times since 2020", "weekly meetings between A and B are part of ...".

A cue inside another clause tells that clause's habit ("A, who meets B every month, will hold talks"), and a
count of sittings on one day is one encounter ("met X twice on Tuesday").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from streams.enrich.extractors.meetings.days import names_a_day
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_HABIT_WINDOW = 6
_MAX_CLAUSE_CLIMB = 4  # from a frequency word up to the clause it modifies ("every" -> "month" -> "meets")
_PERIODS = ("time", "times", "week", "month", "quarter", "season", "year", "day")
_RATES = ("once", "twice", "thrice")  # "once a month"
_SERIES_MODIFIERS = ("recent", "previous", "past", "earlier", "former", "prior", "successive")


def is_habitual(token: Token, sent: Span) -> bool:
    if _is_generic_plural(token) or _is_series(token) or _counted_times(token, sent) or any(
            (c.dep_ == "advmod" and (c.lower_ in LEX.habitual_cues or c.lower_ in LEX.frequency_adverbs))
            or (c.dep_ == "npadvmod" and _every_period(c)) for c in token.children):
        return True  # "A meets B regularly", "meets X, Y and Z every quarter": the cue may lie past the window
    lo, hi = max(sent.start, token.i - _HABIT_WINDOW), min(sent.end, token.i + 2)
    window = token.doc[lo:hi]
    for t in window:
        if t.lower_ in LEX.habitual_cues and not _in_other_clause(t, token):
            return True
        if t.lower_ in LEX.habitual_quantifiers and t.i + 1 < sent.end and token.doc[t.i + 1].lower_ in _PERIODS and (
                not _in_other_clause(t, token)):
            return True  # "meet every year": the period may lie just past the window
    return False


def _in_other_clause(cue: Token, token: Token) -> bool:
    """"A, who meets B every month, will hold talks with C on Friday": a cue inside a relative or adverbial
    clause that does not hold the trigger tells that clause's habit, not the trigger's."""
    node = cue
    for _ in range(_MAX_CLAUSE_CLIMB):
        if node.dep_ in ("relcl", "acl", "advcl"):
            return not node.left_edge.i <= token.i <= node.right_edge.i
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _every_period(noun: Token) -> bool:
    """"every quarter", "every two weeks", "once a month": a period counted over and over, the rhythm of a
    habit ("met X a month ago" counts nothing)."""
    if noun.lower_ not in _PERIODS and lower_lemma(noun) not in _PERIODS:
        return False
    kids = {c.lower_ for c in noun.children}
    return any(k in LEX.habitual_quantifiers for k in kids) or ("a" in kids and any(k in _RATES for k in kids))


def _counted_times(token: Token, sent: Span) -> bool:
    """"have met several times since 2020", "had met X twice this year": a tally, not one encounter. "met X
    twice on Tuesday" counts the sittings of one day's encounter, reported as one."""
    if any(c.lower_ in ("times", "occasions") and any(g.lower_ in LEX.tally_counts for g in c.children)
           for c in token.children):
        return True  # "met Park Ji-ho several times": the count may lie past the window, after a long name
    after = token.doc[token.i + 1 : min(sent.end, token.i + _HABIT_WINDOW)]
    for i, t in enumerate(after):
        if t.lower_ in LEX.repetition_adverbs:
            return not _on_one_day(t, sent)
        if t.lower_ in LEX.tally_counts and i + 1 < len(after) and after[i + 1].lower_ in ("times", "occasions"):
            return True
    return False


def _on_one_day(adverb: Token, sent: Span) -> bool:
    """A date phrase after the count that names a single day ("twice on Tuesday", "twice yesterday")."""
    return any(ent.label_ in ("DATE", "TIME") and ent.start > adverb.i and names_a_day(ent.text) for ent in sent.ents)


def _is_generic_plural(token: Token) -> bool:
    """"Weekly meetings between the mayor and ward councillors are part of ...": a bare plural said
    to be something in the present tense is a kind of meeting, not one that happened."""
    head = token.head
    if token.tag_ != "NNS" or token.dep_ != "nsubj" or any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    return lower_lemma(head) == "be" and head.tag_ in ("VBP", "VBZ") and any(c.dep_ == "attr" for c in head.children)


def _is_series(token: Token) -> bool:
    """"At past sessions the panel has dropped two members", "at previous summits": a plural of a countable
    encounter ("meetings", "summits", "visits") dated only by "recent" or "previous" is a run of encounters, not
    one; "talks", "negotiations" and "discussions" name one encounter in the plural and stay one."""
    lemma = lower_lemma(token)
    if token.tag_ != "NNS" or lemma in LEX.encounter_talks or lemma in LEX.encounter_negotiations:
        return False
    return any(c.dep_ == "amod" and c.lower_ in _SERIES_MODIFIERS for c in token.children)
