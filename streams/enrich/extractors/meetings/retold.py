"""The same encounter told again in the next sentence, with the place its first telling left out.

News often names an encounter, then gives its setting in a sentence of its own: "A will meet B later this month.
... The A-B meeting is to be held in Y", "A and B failed to agree on Friday. A made an offer in Friday's talks
in Y", "the ministers meet next week. The ministers, due to meet in Y on Monday, ...". The next
sentence's meeting word is the same encounter when it points back at it: "the" or a possessive day, no sides
of its own other than the first telling's, no word that makes it another sitting ("again", "next", "previous")
and no proper name the first telling's sides do not hold ("the Y summit" beside a summit elsewhere).
Only the sentence right after counts, and only a place on that meeting word's own anchors: a trip home or a
later vote told there has no meeting word and places nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from streams.enrich.extractors.meetings.anchors import anchors
from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.when import find_date
from streams.enrich.extractors.meetings.where import find_location
from streams.enrich.model import Location, Participant

RETOLD_DEPTH = 3  # weaker than any place the encounter's own sentence gives, like the scene before it
_ANOTHER = frozenset({"again", "next", "previous", "earlier", "later", "further", "another", "new", "first",
                      "second", "third", "last", "other", "separate", "each", "every", "annual"})
_POINTING = frozenset({"the", "that", "this", "these", "those"})
_SIDE_PREPS = ("with", "between", "among", "of")
_REMOTE = ("phone", "video")
_MIN_INITIALS = 2
_HAPPENING = LEX.holding_verbs | {"take"}
_REACH = 3  # sentences: a retelling that names the sides or the day may come after an aside or two


def retellings(sent: Span, sides: list[Participant], date_text: str | None, names: NameIndex) -> list[list[Token]]:
    """The anchors of each later telling of the encounter told in `sent`, first one first."""
    if sent.end >= len(sent.doc) or not sides:
        return []
    words = side_words(sides)
    return [[*anchors(word, None), *_where_it_happens(word)] for step, after in enumerate(sentences_after(sent, names))
            for word in after if _retells(word, words, date_text, step)]


def _where_it_happens(noun: Token) -> list[Token]:
    """"The meeting is to be held in Y", "the talks are to take place in Y": the verb of holding under the
    one the meeting is the subject of carries the place."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = noun.head
    return [verb, *(c for c in verb.children if c.dep_ == "xcomp" and lower_lemma(c) in _HAPPENING)]


def place_told_after(told: list[list[Token]], mode: str | None, names: NameIndex) -> Location | None:
    """The place a later telling gives the encounter (None for a call, which has no place)."""
    if mode in _REMOTE:
        return None
    return next((location for points in told if (location := find_location(points[0], points, names)[0])), None)


def day_told_after(told: list[list[Token]]) -> str | None:
    """The day a later telling gives the encounter: "the ministers, due to meet on Monday", "the A-B
    meeting, set for May 9" date talks first told only as "next week" or not at all."""
    return next((day for points in told if (day := find_date(points, labels=True))), None)


def sentences_after(sent: Span, names: NameIndex) -> list[Span]:
    """The sentences after `sent` with words in them (a paragraph break can be parsed as a sentence)."""
    found: list[Span] = []
    end = sent.end
    while end < len(sent.doc):
        after = names.sentence(end)
        if any(not t.is_space for t in after):
            found.append(after)
        end = after.end
    return found


def side_words(sides: list[Participant]) -> set[str]:
    """The lower-cased words of the sides' names and the leading run of their initials ("UN" for a United Nations
    body, "AFC" for an Asian Football Confederation's committee)."""
    found: set[str] = set()
    for side in sides:
        words = [w for w in re.split(r"[\s\-]+", side.name.replace("'s", "")) if w]
        found.update(w.lower() for w in words)
        found.update(w.lower().rstrip("s") for w in words)
        capitals = "".join(w[0] for w in words if w[0].isupper())
        found.update(capitals[:n].lower() for n in range(_MIN_INITIALS, len(capitals) + 1))
    return found


def _retells(word: Token, side_words: set[str], date_text: str | None, step: int) -> bool:
    """Whether `word`, `step` sentences after the first telling, tells the encounter again. "The A-B meeting"
    points back from anywhere; "last week's talks" or "the ministers, due to meet" only within `_REACH`
    sentences, and a bare "the meeting" only right after it."""
    if word.pos_ == "NOUN" and lower_lemma(word) in LEX.meeting_nouns:
        return _noun_points_back(word, side_words, date_text, step)
    if word.pos_ == "VERB" and lower_lemma(word) in LEX.meet_verbs and step < _REACH:
        return _meeting_verb_points_back(word, side_words)
    return False


def _noun_points_back(noun: Token, side_words: set[str], date_text: str | None, step: int) -> bool:
    """"the A-B meeting", "last week's talks", "the meeting": no sides or sitting of its own."""
    left = [t for t in noun.doc[noun.left_edge.i : noun.i]]
    owned = any(c.dep_ == "poss" for c in noun.children)
    pointed = any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children)
    if not (pointed or owned) or not no_other_sides(noun, side_words) or _resumed(noun):
        return False
    day = " ".join(t.text for t in left if t.ent_type_ in ("DATE", "TIME") and t.dep_ != "case")
    for token in left:
        if token.ent_type_ in ("DATE", "TIME"):
            continue
        if token.lower_ in _ANOTHER:
            return False
        if token.pos_ == "PROPN" and token.lower_ not in side_words:
            return False  # "the Y summit": a sitting named for something the sides do not hold
    if day and (date_text is None or day.lower() != date_text.lower()):
        return False  # "Monday's talks" after talks dated otherwise are another sitting
    named = any(t.pos_ in ("PROPN", "NOUN") and t.lower_ in side_words for t in left)
    return named or (bool(day) and step < _REACH) or step == 0


def _resumed(noun: Token) -> bool:
    """"The A-B talks will resume in Y next month", "they reopened the talks": a new round, whose place and day
    are not the first telling's."""
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and lower_lemma(noun.head) in LEX.resuming_verbs


def _meeting_verb_points_back(verb: Token, side_words: set[str]) -> bool:
    """"The ministers, due to meet in Y": the sides' own head noun, definite, meets with no one new."""
    if any(c.lower_ in _ANOTHER for c in verb.children if c.dep_ == "advmod"):
        return False
    if not no_other_sides(verb, side_words) or any(c.dep_ == "dobj" for c in verb.children):
        return False
    who = subjects(verb) or ([verb.head.head] if verb.head.dep_ in ("acl", "amod") else [])  # "due to meet"
    return any(s.pos_ == "NOUN" and s.lower_ in side_words and any(
        c.dep_ == "det" and c.lower_ in _POINTING for c in s.children) for s in who)


def no_other_sides(word: Token, side_words: set[str]) -> bool:
    """No "with"/"between" phrase naming someone the first telling did not."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ in _SIDE_PREPS:
            for obj in prep.subtree:
                if obj.pos_ in ("PROPN", "NOUN") and obj.lower_ not in side_words and obj.i != prep.i:
                    return False
    return True
