"""A broadcaster named by its city or country and its medium: "<City> radio said", "<Country> television
reported". Wire copy names state broadcasters so; no word of the pair is an organisation's name to the
recogniser, yet the pair is the outlet's name, and "the radio added" or "it said" after it is the same outlet."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import lexicon

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", ""})  # a city may be read as a site or a body


def placed_outlet(head: Token) -> str | None:
    """The outlet's name ("<City> radio") when a broadcast noun with no determiner has a place right before it."""
    if head.lemma_.lower() not in lexicon().broadcast_nouns or head.i == 0:
        return None
    place = head.doc[head.i - 1]
    if any(c.dep_ in ("det", "poss") and c.i != place.i for c in head.children):
        return None  # "the state radio", "its radio": a description, no name
    if not place.is_title or place.ent_type_ not in _PLACE_LABELS:
        return None  # the tagger may read a city's name before a noun as a determiner: its case says it is a name
    start = place.i
    while start > 0 and head.doc[start - 1].ent_type_ == place.ent_type_ != "" and head.doc[start - 1].is_title:
        start -= 1
    return head.doc[start : head.i + 1].text
