"""A trip told as a visit: "after her trip to X", "since his journey to Y last week".

A trip noun is travel, not an encounter ("a trip to the coast", "a shopping trip to Y"). Taken by an office
holder to a country or its capital it is a visit there, and the gold annotations count it as they count "her
visit to X": a meeting with the country's government when no host is named (`official_visits` reads its
sides and drops it when a host is met). The traveller is told by the possessive, so a trip with no one's name on
it ("a trip to X is planned") stays travel.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import cast_of, is_office_title
from streams.enrich.extractors.meetings.gazetteer import capital_country, country_code
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.visited_sites import VISIT_PURPOSES

_PRIVATE = LEX.visit_leisure | LEX.private_trip_words


def is_trip_abroad(noun: Token) -> bool:
    """Whether `noun` is an office holder's trip to a country or a capital ("the minister's trip to X")."""
    if lower_lemma(noun) not in LEX.trip_nouns or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _PRIVATE for c in noun.children) or _made_to_attend(noun):
        return False
    abroad = any(_is_country_or_capital(obj) for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"
                 for obj in p.children if obj.dep_ == "pobj")
    return abroad and any(office_holder(c) for c in _travellers(noun))


def _travellers(noun: Token) -> list[Token]:
    """Whose trip it is: the possessor ("her trip"), else the subject of the verb that makes or calls off a trip
    it takes as its object ("the premier cancelled a trip to X", "she made a trip to Y")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners or noun.dep_ != "dobj" or lower_lemma(noun.head) not in LEX.trip_taking_verbs:
        return owners
    return [c for c in noun.head.children if c.dep_ == "nsubj"]


def _made_to_attend(noun: Token) -> bool:
    """"his trip to X to attend a conference ...": the small model may make the trip the subject of the purpose
    clause instead of hanging the clause on it; a trip made to attend or speak is no visit to a host."""
    verb = noun.head
    return noun.dep_ == "nsubj" and lower_lemma(verb) in VISIT_PURPOSES and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _is_country_or_capital(place: Token) -> bool:
    name = " ".join(t.text for t in place.doc[place.left_edge.i : place.i + 1] if t.dep_ != "det")
    return country_code(name) is not None or capital_country(name) is not None


def office_holder(owner: Token) -> bool:
    """"her", "the premier's", "Y's": a person the article gives an office ("Prime Minister", "opposition
    leader"); a traveller with no office, or only a trade, makes a private journey."""
    entity = cast_of(owner.doc).resolve(owner)
    return entity is not None and entity.kind == "person" and any(
        is_office_title(word) for _, title in entity.titles for word in title.split())
