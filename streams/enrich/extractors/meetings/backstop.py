"""Recall backstop: any word of an encounter, kept when the parse ties it to two named parties.

The specific detectors (`detect`) know how each kind of encounter is usually told; news tells them
in more ways than any list of phrasings. In a sentence where they found nothing, this reads a whole
class of encounter words per kind (lexicon `encounter_*`: meetings, talks, negotiations, calls,
visits, sessions, meals; verbs and nouns alike) and keeps a word only when the dependency parse ties
it to at least two parties the article names, one of them by name: subject and object, "with" /
"between" complements, coordinated subjects ("A and B negotiated"), the holder of "held talks with
X", the speaker of "said talks with X went well" (all read by `participants`, names from the cast);
or to a group told before ("the two sides bargained"), whose people `merge` finds or the mention is
dropped.

Precision comes from the same look-alike checks every trigger passes (`detect.is_lookalike`:
lectures, habits, wishes and offers, stalled or ongoing negotiations, backdrops, talking to no one,
appointments; `detect.tells_a_contest`: sports fixtures), the negation check of `collect`, and one
of its own: "called X a liar", "called on X to act" are no phone calls.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from streams.enrich.extractors.meetings.detect import (
    Trigger,
    TriggerKind,
    is_lookalike,
    tells_a_contest,
    word_hashes,
)
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.participants import find_parties

_MIN_PARTIES = 2
_NOT_A_CALL = ("oprd", "ccomp", "xcomp", "prt", "attr")  # "called X a liar", "called on X to", "called off"


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[int]]:
    """All encounter words, those whose verb takes its partner after "with"/"to", and their hashes."""
    conversing = LEX.encounter_talks | LEX.encounter_negotiations
    every = (LEX.encounter_meetings | conversing | LEX.encounter_calls | LEX.encounter_visits
             | LEX.encounter_sessions | LEX.encounter_meals)
    return every, conversing, word_hashes(every)


def encounter_hashes() -> frozenset[int]:
    """The hashes of every encounter word (for `detect.positions_of`): the backstop reads only sentences
    that hold one."""
    return _word_sets()[2]


def find_encounters(sent: Span, names: NameIndex) -> list[Trigger]:
    """The encounter words of a sentence the specific detectors passed over, tied to two named parties."""
    if tells_a_contest(sent):
        return []
    found = []
    for token in sent:
        kind = _kind(token)
        if kind is None or is_lookalike(token, kind, sent):
            continue
        trigger = Trigger(token, kind)
        if _two_parties(trigger, names):
            found.append(trigger)
    return found


def _kind(token: Token) -> TriggerKind | None:
    every, conversing, _ = _word_sets()
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma not in every and lower not in every:
        return None
    if token.pos_ == "VERB":
        if lemma in LEX.encounter_calls and not _calls_someone(token):
            return None
        return "talk" if lemma in conversing else "meet"
    if token.pos_ in ("NOUN", "PROPN"):
        return "noun"
    return None


def _calls_someone(verb: Token) -> bool:
    """"phoned X", "called X on Monday": a person called; naming ("called X a liar"), urging ("called on X
    to", "called for"), calling off are not calls."""
    return not any(c.dep_ in _NOT_A_CALL or (c.dep_ == "prep" and (c.lower_ == "for" or (
        c.lower_ == "on" and not _is_time(c)))) for c in verb.children)


def _is_time(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _two_parties(trigger: Trigger, names: NameIndex) -> bool:
    """Two sides named, one by name; or a group told before ("the two sides bargained", "they had lunch"),
    whose people `merge` finds among the encounters and names already read, or drops the mention."""
    parties = find_parties(trigger, names)
    named = parties.named
    return parties.plural or (len(named) >= _MIN_PARTIES and any(p.name != p.title for p in named))
