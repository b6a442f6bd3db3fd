""""Met X here", "at a committee meeting here": "here" is the place the story was filed from, the dateline of
its paragraph or of the nearest paragraph before it that opens with one (a digest of wire items gives each its
own, "CITY - ..."). Read only when the encounter's own words carry "here", so a story's dateline alone never
places an encounter told elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.gazetteer import place_country
from streams.enrich.model import Location
from streams.enrich.repairs.dateline import dateline


def place_here(word: Token) -> Location | None:
    """The dateline place when `word` is modified by "here", else None."""
    if not any(child.lower_ == "here" and child.dep_ == "advmod" for child in word.children):
        return None
    text = word.doc.text
    end = word.idx
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        match = dateline(text[start:])
        if match is not None:
            name = match["place"].strip()
            name = name.title() if name.isupper() else name
            return Location(name=name, country=place_country(name))
        end = start - 1
    return None
