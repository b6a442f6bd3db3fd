"""The group that "they" is in "Kenyan negotiators said they will meet X": the reporting verb's plural subject.

The cast binds "X said he ..." for people; a described group that reports its own plan is the same binding for
"they", so the plan's side is the group as written, not an anaphor left to find an earlier event. So is a
clause of time on the group's own clause: in "Kenyan officials gave no ground when they sat down with X", "they"
are the officials, not the bodies named earlier in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_PLURAL_TAGS = ("NNS", "NNPS")
_TIME_MARKS = ("when", "while", "as")


def reporting_group(pronoun: Token) -> Token | None:
    """The plural subject of the speech verb whose reported clause has `pronoun` ("they") as its subject, or of
    the clause that a clause of time with `pronoun` as its subject hangs on."""
    subject = _reporting_subject(pronoun) or _subject_of_clause_above(pronoun)
    return subject if subject is not None and subject.tag_ in _PLURAL_TAGS else None


def reporting_voice(pronoun: Token) -> Token | None:
    """The one named person who reports "they will ...": "X, the firm's spokeswoman, said they would sit down
    with growers" gives X, whose body "they" then is (`NameIndex`)."""
    subject = _reporting_subject(pronoun)
    return subject if subject is not None and subject.tag_ == "NNP" else None


def _reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the speech verb whose reported clause has `pronoun` as its subject."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or lower_lemma(clause.head) not in LEX.speech_verbs:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _subject_of_clause_above(pronoun: Token) -> Token | None:
    """"X gave no ground when they sat down with Y": the subject of the clause that the "when" clause, whose subject
    `pronoun` is, tells the time of."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or not any(
            c.lower_ in _TIME_MARKS and c.dep_ in ("advmod", "mark") for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
