"""One name per country: news names a country in full first and by a shorter or older name after ("the United
States ... America", "the Netherlands ... Holland"); a side read from the later name is the country the article
named first, so each country keeps the one name a reader (and another mention of the same talks) knows it by.
A state told only by its people's nationality ("Kenyan officials") is that country, named the same way."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from streams.enrich.extractors.meetings.gazetteer import country_code
from streams.enrich.extractors.meetings.nationals import nation_of_agents
from streams.enrich.model import Meeting, Participant
from streams.enrich.vocabulary.places import country_name


def first_country_names(meetings: list[Meeting], doc: Doc) -> list[Meeting]:
    """Renames each country side to the name the article gives that country first; the entity pass runs only
    when some side is a country (or a state's officials told by nationality)."""
    if not any(p.kind == "country" or nation_of_agents(p) for m in meetings for p in m.participants):
        return meetings
    first: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ == "GPE" and (code := country_code(ent.text)) is not None:
            first.setdefault(code, ent.text.removeprefix("the ").removeprefix("The "))
    return [replace(m, participants=_renamed(m.participants, first)) for m in meetings]


def _renamed(sides: tuple[Participant, ...], first: dict[str, str]) -> tuple[Participant, ...]:
    out: list[Participant] = []
    for side in sides:
        if (nation := nation_of_agents(side)) is not None and (name := first.get(nation, country_name(nation))):
            side = Participant(name=name, kind="country")
        code = country_code(side.name) if side.kind == "country" else None
        side = replace(side, name=first.get(code, side.name)) if code is not None else side
        if side not in out:
            out.append(side)
    return tuple(out)
