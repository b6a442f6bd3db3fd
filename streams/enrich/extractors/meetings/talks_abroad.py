"""Talks held in a country with no side of their own: "after talks in X", "held talks in X and Y last week".

Talks a named person holds in a country, with no "with" or "between" naming whom, are held with that country's
government, as "on a state visit to X for talks" is: the gold annotations list the country as the counterpart.
A city is only where talks took place ("talks in a capital" name no host), and talks owned by a named body
("the bloc's talks in X") are that body's session, with the country only its venue.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from streams.enrich.extractors.meetings.gazetteer import country_code
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.mention import Mention
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.official_visits import visitors

_MIN_COUNTRIES = 2
_SIDE_PREPS = ("with", "between", "among")
_HOLDING = ("hold", "have", "conduct")  # "held talks in X": the model may hang the place on the verb


def sides_abroad(noun: Token, names: NameIndex) -> list[Token]:
    """The countries talks (the noun) were held in, and the visitor who held them on the way ("X, on a visit
    after talks in Y"); none when the talks name a side of their own."""
    countries = _countries_talked_in(noun, names)
    if not countries:
        return []
    visit = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following") else None
    return [*countries, *(visitors(visit, names) if visit is not None else [])]


def talks_of_no_side(noun: Token) -> bool:
    """Whether `noun` is "talks" or "negotiations" with no owner ("the bloc's talks") and no side of their own
    ("talks with X"): talks whose sides the place or errand around them must tell."""
    if lower_lemma(noun) not in LEX.encounter_talks | LEX.encounter_negotiations or noun.pos_ != "NOUN":
        return False
    return not any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in _SIDE_PREPS)
                   for c in noun.children)


def _countries_talked_in(noun: Token, names: NameIndex) -> list[Token]:
    if not talks_of_no_side(noun):
        return []
    holders = [noun]
    if noun.dep_ == "dobj" and lower_lemma(noun.head) in _HOLDING:
        if not _one_holder(noun.head):
            return []
        holders.append(noun.head)
    if any(c.dep_ == "prep" and c.lower_ in _SIDE_PREPS for c in holders[-1].children):
        return []
    places = [obj for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "in"
              for obj in prep.children if obj.dep_ == "pobj"]
    return [side for place in places for side in (place, *place.conjuncts) if names.is_country(side)]


def _one_holder(verb: Token) -> bool:
    """"A and B held talks in X", "the ministers held talks in X": the sides are those holding them, and the
    country is only where; one person holding them meets its government."""
    return all(s.tag_ != "NNS" and not s.conjuncts for s in verb.children if s.dep_ == "nsubj")


def split_abroad(mention: Mention, names: NameIndex) -> list[Mention]:
    """"After talks in X and Y": talks in several countries are one encounter per country, the others each
    meeting them in turn."""
    countries = _countries_talked_in(names.doc[mention.trigger], names)
    codes = {country_code(names.name_at(c)) for c in countries}
    visited = [p for p in mention.participants if country_code(p.name.removeprefix("the ")) in codes]
    others = [p for p in mention.participants if p not in visited]
    if len(visited) < _MIN_COUNTRIES or not others:
        return [mention]
    return [dataclasses.replace(mention, participants=[*others, country], distinct=True, anaphoric=False,
                                plural_anaphor=False) for country in visited]
