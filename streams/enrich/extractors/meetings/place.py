"""The named place a phrase points to: a name the model tags as a place or the gazetteer knows, the town
inside "the palace in Y" or "the city of Y", a country's capital, the town that owns a venue. Shared by the
venue readers and by `where`, which ranks what this finds.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from streams.enrich.extractors.meetings.gazetteer import country_capital, country_code, demonym_capital, place_country
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import ORG, OTHER, PLACE, NameIndex, is_capitalised, strip_possessive
from streams.enrich.extractors.meetings.phrases import MAX_DEPTH
from streams.enrich.model import Location

_CAPITAL_SENTENCES = 3  # the sentence of "the capital" and the two before it


def named_place(token: Token, names: NameIndex, depth: int = 0) -> Location | None:
    """The place `token` names, told as readers name places: the town of "the Presidential Palace in Y", the
    city inside "the city of Y", a capital, or the town that owns a venue."""
    if depth > MAX_DEPTH:
        return None
    if names.label.get(token.i) == PLACE or unlabelled_known_place(token, names):
        start, end = names.span_of.get(token.i, (token.i, token.i + 1))
        words = [t for t in token.doc[start:end] if not (t.i == start and t.lower_ == "the")]
        name = strip_possessive("".join(t.text_with_ws for t in words).strip())
        if not name:
            return None
        town = town_inside(name)
        if town is not None:
            return town
        if token.ent_type_ == "FAC" or not place_country(name):
            inner = _inner_place(token, names, depth)
            if inner is not None:
                return inner
        return Location(name=name, country=place_country(name))
    if token.lower_ in LEX.place_nouns:
        return _inner_place(token, names, depth) or _capital_of(token, names) or town_of(token, names)
    if token.lower_ in LEX.venue_words:
        return town_of(token, names)
    return None


def town_inside(name: str) -> Location | None:
    """One entity "the Presidential Palace in Y": the town, as places are reported."""
    town = name.rsplit(" in ", 1)[-1] if " in " in name else None
    code = place_country(town) if town else None
    return Location(name=town, country=code) if town and code else None


def town_of(token: Token, names: NameIndex) -> Location | None:
    """"Oslo's city hall", "the town's main square", "the Oslo headquarters of X": the town that owns the venue.
    A country's building ("the country's embassy") is usually abroad, so only a town counts."""
    for child in token.children:
        if child.dep_ in ("poss", "compound") and names.label.get(child.i) == PLACE:
            town = strip_possessive(names.doc[names.span_of.get(child.i, (child.i, child.i + 1))[0]:child.i + 1].text)
            code = place_country(town)
            if code and country_code(town) is None:
                return Location(name=town, country=code)
    return None


def unlabelled_known_place(token: Token, names: NameIndex) -> bool:
    """"in Copenhagen" tagged as an organisation, "in Tunis" as a language or a people: a one-word name the
    gazetteer knows is a place here (a language or nationality word is no town the gazetteer knows)."""
    if names.label.get(token.i) not in (None, ORG, OTHER) or not is_capitalised(token) or token.pos_ != "PROPN":
        return False
    start, end = names.span_of.get(token.i, (token.i, token.i + 1))
    return end - start == 1 and place_country(token.text) is not None


def _inner_place(token: Token, names: NameIndex, depth: int) -> Location | None:
    """"the city of Y", "the capital, Y", "the palace in Y": the named place inside the phrase."""
    for child in token.children:
        if child.dep_ == "appos":
            found = named_place(child, names, depth + 1)
            if found is not None:
                return found
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None and (found := named_place(inner, names, depth + 1)) is not None:
                return found
    return None


def _capital_of(token: Token, names: NameIndex) -> Location | None:
    """"Iraq's capital": the gazetteer knows the capital of every country."""
    if token.lower_ != "capital":
        return None
    for child in token.children:
        if child.dep_ == "amod" and (city := demonym_capital(child.text)):  # "the Belgian capital"
            return Location(name=city, country=place_country(city))
        if child.dep_ == "poss" and names.label.get(child.i) == PLACE:
            city = country_capital(strip_possessive(names.doc[names.span_of[child.i][0]:child.i + 1].text))
            if city:
                return Location(name=city, country=place_country(city))
    return _capital_of_country_before(token, names)


def _capital_of_country_before(token: Token, names: NameIndex) -> Location | None:
    """"X arrived in Kenya on Monday. She met Y in the capital": a bare "the capital" is the capital of the
    country the story last named, when the last place it named is that country."""
    if any(c.dep_ != "det" for c in token.children if c.i < token.i):
        return None
    floor = names.sent_starts[max(0, bisect_right(names.sent_starts, token.i) - _CAPITAL_SENTENCES)]
    place = next((t for t in reversed(token.doc[floor : token.i]) if names.label.get(t.i) == PLACE), None)
    if place is None:
        return None
    start, end = names.span_of.get(place.i, (place.i, place.i + 1))
    city = country_capital(strip_possessive(names.doc[start:end].text.removeprefix("the ")))
    return Location(name=city, country=place_country(city)) if city else None
