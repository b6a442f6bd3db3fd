"""The day and place of a planned resumption, set in a later sentence that names no sides: "A and B will go back
to the table over pay. ... A session is now set for Friday in Y", "A wants to continue its meetings with B. ...
The talks should resume, her spokesman added, on Friday in Y".

Wire copy often tells that the sides will go back to the table, then, a sentence or two later, when and where the
next round sits, with only "talks" or "a session" for the encounter. The round is the resumption itself: nothing
else is planned between the same sides. `retold` reads later tellings that point back ("the talks", "Monday's
meeting"); this reads the indefinite or bare round that a resumption calls for, and only what it dates.
Never after talks told as held (a new round set after a sitting is another encounter), never a round with sides
of its own, a sitting of a body ("the board meeting") or another round ("a second session").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.retold import no_other_sides, sentences_after, side_words
from streams.enrich.extractors.meetings.when import find_date
from streams.enrich.model import Participant

_REACH = 3  # worded sentences (a stray closing quote mark is none): the round is set after an aside or two
_SUBJECTS = ("nsubj", "nsubjpass")
_SETTING_VERBS = frozenset({"schedule", "set", "slate", "plan", "fix", "arrange"})
_AHEAD = frozenset({"will", "would", "shall", "to"})
_OTHER_ROUND = frozenset({"again", "next", "previous", "earlier", "further", "another", "second", "third",
                          "last", "other", "separate", "each", "every", "annual", "final"})
_SITTING_OWNERS = LEX.own_session_modifiers | LEX.people_bodies | LEX.addressed_bodies


def rounds_set_after(sent: Span, trigger: Token, sides: list[Participant], names: NameIndex) -> list[list[Token]]:
    """The anchors of the round set for the planned encounter told by `trigger` in `sent`, nearest first: a
    resumption's round ("talks are to resume on Friday in Y") or a scheduled sitting ("a session has been set for
    Friday"). The caller reads them only for a planned encounter that lacks its day or place."""
    if not sides or sent.end >= len(sent.doc):
        return []
    resumes = _is_resumption(trigger)
    words = side_words(sides)
    worded = [after for after in sentences_after(sent, names) if any(t.is_alpha for t in after)]
    return [[noun, noun.head] for after in worded[:_REACH] for noun in after if _round_of(noun, words, resumes)]


def _is_resumption(trigger: Token) -> bool:
    """"agreed to reopen its talks with B", "wants to continue its meetings with B": going back to the
    table, whose next sitting is the one set later."""
    return lower_lemma(trigger.head) in LEX.resuming_verbs or any(
        c.dep_ == "xcomp" and lower_lemma(c) in LEX.resuming_verbs for c in trigger.children)


def _round_of(noun: Token, words: set[str], resumes: bool) -> bool:
    """"a session is now set for Friday", "talks would then resume on Friday": a bare or indefinite round, with a
    day of its own, that no one is named at but the first telling's sides."""
    if noun.pos_ != "NOUN" or lower_lemma(noun) not in LEX.meeting_nouns or noun.dep_ not in _SUBJECTS:
        return False
    verb = noun.head
    if any(c.dep_ == "neg" for c in verb.children) or not _set_ahead(verb, resumes):
        return False
    if any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an") for c in noun.children):
        return False  # "the talks", "their meeting": pointed back, which `retold` reads
    for token in noun.doc[noun.left_edge.i : noun.i]:
        if token.lower_ in _OTHER_ROUND or lower_lemma(token) in _SITTING_OWNERS or (
                token.pos_ == "PROPN" and token.lower_ not in words):
            return False  # "a second session", "the board meeting", "a Y summit": another sitting
    return no_other_sides(noun, words) and find_date([verb], labels=True) is not None


def _set_ahead(verb: Token, resumes: bool) -> bool:
    """The round is set, or the talks are to resume (only after a resumption was told): "has been scheduled",
    "will resume", not "resumed" (which happened)."""
    lemma = lower_lemma(verb)
    if lemma in _SETTING_VERBS:
        return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    return resumes and lemma in LEX.resuming_verbs and any(
        c.dep_ == "aux" and c.lower_ in _AHEAD for c in verb.children)
