"""A voice's title that names the country it speaks for: "government spokesman X said talks with Y are under
way" tells the country's talks, not the spokesman's own. Spokespeople and officials relay their government's
business; ministers, leaders and anyone else named by their own office keep their own side.
"""

from __future__ import annotations

from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.model import Participant
from streams.enrich.vocabulary.places import country_code, country_name, demonym_code

_RELAYING = frozenset({"official"})


def side_voiced(person: Participant | None) -> Participant | None:
    """The side a reporting person stands for: the one country a spokesperson's or official's title names
    ("senior Kenyan government spokesman", "spokeswoman for the Chilean foreign ministry"), else the person."""
    if person is None or person.kind != "person" or not person.title:
        return person
    words = person.title.replace(",", " ").split()
    if not any(w.lower() in LEX.voice_nouns or w.lower() in _RELAYING for w in words):
        return person
    codes = {code for w in words if (code := demonym_code(w) or country_code(w))}
    name = country_name(codes.pop()) if len(codes) == 1 else None
    return Participant(name=name, kind="country") if name else person
