"""Bare talks told as ended, whose sides the sentence tells outside the noun's own phrase: "the accord
the two firms signed set a date for concluding negotiations", "the collapse of talks" after a pact between A
and B. The noun names no side, yet its sentence names the two parties. Talks that end or break down are talks
someone had, not talks wished for, judged or habitual ("talks were unlikely", "a tradition of talks"), so only
those are read. They are read as a plural anaphor, joining the encounter told last or else
falling back on the sides last named together (`Mention.antecedents`); the mention stands only when those
sides are named in the talks' own sentence: sides named in earlier sentences were the article's subject as
often as they were the talks' sides, and read that far back they made more false meetings than true ones."""

from __future__ import annotations

from spacy.tokens import Span, Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.names import PLURAL, NameIndex

_TALKS = frozenset({"talk", "talks", "negotiation", "negotiations", "mediation"})
# "a negotiation", "any talks", "no talks": no particular talks to join
_OPEN_DETERMINERS = frozenset({"a", "an", "any", "some", "no", "such", "these", "those", "this", "every"})
# the end of talks, as the verb or noun the talks noun hangs on ("completing negotiations", "talks broke down"):
# talks that end were had; talks to begin or resume ("talks would resume next week") are left to other readings
_COURSE = frozenset({"complete", "completion", "conclude", "conclusion", "end", "finish", "breakdown", "collapse",
                     "failure", "break", "stall", "fail", "falter", "founder"})
# "talks between the states and the industry": the sides are told in the noun's own phrase, only unnamed
_SIDE_PREPS = frozenset({"between", "with", "among", "by"})


def sides_told_elsewhere(token: Token) -> bool:
    """Whether a talks noun standing without sides is bare or definite ("talks", "the negotiations") and its
    phrase tells no side of its own, named or not."""
    if token.pos_ != "NOUN" or (lower_lemma(token) not in _TALKS and token.lower_ not in _TALKS):
        return False
    if not _in_its_course(token) or any(c.dep_ == "det" and c.lower_ in _OPEN_DETERMINERS for c in token.children):
        return False
    # anywhere in the phrase: the parse may hang "between A and B" on the topic ("talks on pay between ...")
    return not any(t.dep_ == "prep" and t.lower_ in _SIDE_PREPS for t in token.subtree)


def _in_its_course(token: Token) -> bool:
    """"to complete negotiations", "talks broke down", "a collapse of talks": the talks noun is the object
    or subject of a word of their course, or the "of" of one."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    return lower_lemma(head) in _COURSE or head.lower_ in _COURSE


def named_in(sent: Span, names: NameIndex) -> set[str]:
    """The participants the sentence names, by the names participants carry."""
    return {side.name for t in sent if t.i in names.label
            and (side := names.participant(t)) is not None and side is not PLURAL}
