"""Sides written as one hyphenated modifier of the encounter noun: "the day after the A-B meeting", "the A–B
talks", "the Chile-Peru summit", "the US-China trade talks".

News names an encounter by its sides joined with a hyphen or an en dash, each side by surname or country
alone, after the article has named the people in full; the dependency parse reads the pair as one compound
(often as an organisation), so no side of the noun is found. A side counts only when it is a person the
article names (the only one with that surname: the cast gives the full name) or a country: "the Smith-Jones
merger" has no encounter word, "the Rolls-Royce talks" and "the Paris-Berlin talks" name no person or
country, and one person's double surname ("the Ruiz-Pérez meeting", after "Ana Ruiz-Pérez") is a name the
cast holds whole, so it is no pair.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import Cast
from streams.enrich.extractors.meetings.gazetteer import country_code
from streams.enrich.model import Participant

_JOINERS = ("-", "–")
_MAX_MODIFIERS = 2  # "the A-B trade talks", "the A-B peace summit"
_CONTEST_NOUNS = frozenset({"meeting", "encounter", "clash"})


def paired_sides(noun: Token, cast: Cast) -> list[Participant]:
    """The sides a hyphenated pair before `noun` names, resolved; empty unless every side resolves."""
    words = _pair_before(noun)
    if len(words) < 2 or _one_name(words, cast):
        return []
    sides = [_side(word, cast, noun) for word in words]
    if any(side is None for side in sides) or len({side.name for side in sides if side}) < len(sides):
        return []
    return [side for side in sides if side is not None]


def _pair_before(noun: Token) -> list[Token]:
    """The capitalised words joined by a hyphen or en dash with no space, right before the noun or its one or
    two lower-case modifiers; a name word before the first ("Ana Ruiz-Pérez") makes it one name, not a pair."""
    doc = noun.doc
    i = noun.i - 1
    for _ in range(_MAX_MODIFIERS):
        if i >= 0 and doc[i].is_alpha and doc[i].is_lower:
            i -= 1
    words: list[Token] = []
    while i >= 0 and _side_word(doc[i]):
        words.insert(0, doc[i])
        if i < 2 or doc[i - 1].text not in _JOINERS or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
            break
        i -= 2
    if words and words[0].i > 0 and doc[words[0].i - 1].is_title and not doc[words[0].i - 1].is_sent_start:
        return []
    return words


def _side_word(token: Token) -> bool:
    """A capitalised word, apostrophes allowed ("O'Brien")."""
    return token.text[:1].isupper() and token.text.replace("'", "").replace("’", "").isalpha()


def _one_name(words: list[Token], cast: Cast) -> bool:
    joined = "".join(t.text_with_ws for t in words[0].doc[words[0].i : words[-1].i + 1])
    return any(joined in person.name for person in cast.people)


def _side(word: Token, cast: Cast, noun: Token) -> Participant | None:
    """The one person the article names with this surname (or single name), else the country so named. Two
    countries' "meeting" is as often their teams' match ("the Spain-Italy meeting was the first since 2010"):
    a country is a side of talks or a summit only."""
    people = [p for p in cast.people if p.name.split()[-1] == word.text]
    if len(people) == 1:
        return Participant(name=people[0].name, title=people[0].title, kind="person")
    if not people and country_code(word.text) is not None and noun.lemma_.lower() not in _CONTEST_NOUNS:
        return Participant(name=word.text, kind="country")
    return None
