"""One name per country: news names a country in full first and by a shorter or older name after ("the United
States ... America", "the Netherlands ... Holland"); a side read from the later name is the country the article
named first, so each country keeps the one name a reader (and another mention of the same talks) knows it by."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from streams.enrich.extractors.meetings.gazetteer import country_code
from streams.enrich.model import Meeting, Participant


def first_country_names(meetings: list[Meeting], doc: Doc) -> list[Meeting]:
    """Renames each country side to the name the article gives that country first; the entity pass runs only
    when some side is a country."""
    if not any(p.kind == "country" for m in meetings for p in m.participants):
        return meetings
    first: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ == "GPE" and (code := country_code(ent.text)) is not None:
            first.setdefault(code, ent.text.removeprefix("the ").removeprefix("The "))
    return [replace(m, participants=_renamed(m.participants, first)) for m in meetings]


def _renamed(sides: tuple[Participant, ...], first: dict[str, str]) -> tuple[Participant, ...]:
    out: list[Participant] = []
    for side in sides:
        code = country_code(side.name) if side.kind == "country" else None
        side = replace(side, name=first.get(code, side.name)) if code is not None else side
        if side not in out:
            out.append(side)
    return tuple(out)
