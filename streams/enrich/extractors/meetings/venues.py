"""Venues told without a town: an institution's seat, an occasion named after its town, "the town hall".
Where the sides met even when no city is named; `where` ranks them below a named place.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.gazetteer import country_code, place_country
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import ORG, OTHER, PLACE, NameIndex, is_capitalised, strip_possessive
from streams.enrich.extractors.meetings.place import town_inside, town_of
from streams.enrich.model import Location


def common_venue(token: Token, names: NameIndex, owned: bool = False) -> Location | None:
    """"at the town hall", "at the club's training ground", "at its headquarters": a venue told without a
    name is still where the sides met; one with "a" ("at a hotel") says too little, and one owned by a place
    ("at Oslo's city hall", "at the Oslo offices of X", "at Peru's embassy") is that town's or nowhere the
    sides can be placed. With `owned` (after "in": "in the Legislature chamber", not "in the office") only a venue
    a named body owns counts."""
    if token.pos_ != "NOUN" or token.lower_ not in LEX.common_venues or token.i in names.label:
        return None
    if any(names.label.get(t.i) == PLACE for t in token.doc[token.left_edge.i : token.i]):
        return town_of(token, names)
    if owned and not any(c.dep_ in ("compound", "poss") and names.label.get(c.i) == ORG for c in token.children):
        return None
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in token.children):
        return None
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.lower_ != "the"]
    return Location(name="".join(t.text_with_ws for t in words).strip(), country=None)


def town_of_occasion(token: Token, names: NameIndex) -> Location | None:
    """"at the Davos forum", "at the Cannes film festival", "the Munich Security Conference": an occasion named
    after a town is held in it. A country in the name is more often the topic ("the Kenya investment forum")."""
    if token.lower_ not in LEX.town_occasions:
        return None
    first = next((t for t in token.doc[token.left_edge.i : token.i] if t.lower_ != "the"), None)
    if first is None or not is_capitalised(first):
        return None
    end = names.span_of.get(first.i, (first.i, first.i + 1))[1]
    if names.label.get(first.i) != PLACE or end > token.i:  # "the Venice Biennale" told as one name
        end = first.i + 1
    name = strip_possessive(token.doc[first.i:end].text)
    code = place_country(name)
    return Location(name=name, country=code) if code and country_code(name) is None else None


def venue(token: Token, names: NameIndex) -> Location | None:
    """"at the Department for Transport", "at the Federal Chancellery": an institution's seat as the venue. A
    name the model calls neither a body nor a place ("at Riverside Stadium" read as an event) is a venue when
    its head word is one; so is a body the model read as a facility ("at the X Observatory")."""
    label = names.label.get(token.i)
    if label is None and token.pos_ == "PROPN" and token.lower_ in LEX.venue_words:
        words = [c for c in token.lefts if c.dep_ == "compound" and is_capitalised(c)]
        return Location(name=" ".join(t.text for t in [*words, token]), country=None)  # "at Downing Street"
    if label != ORG and not (label == OTHER and token.lower_ in LEX.venue_org_heads):
        return None
    start, end = names.span_of.get(token.i, (token.i, token.i + 1))
    words = [t for t in token.doc[start:end] if not (t.i == start and t.lower_ == "the")]
    if not any(t.lower_ in LEX.venue_org_heads for t in words) and token.ent_type_ != "FAC":
        return None  # the model's facility label keeps "at the X Observatory" a seat, though the cast says body
    name = strip_possessive("".join(t.text_with_ws for t in words).strip())
    return (town_inside(name) or Location(name=name, country=None)) if name else None
