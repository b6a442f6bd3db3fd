"""A nation told by its people is a side: "a meeting between the Chileans and the Peruvians", "talks between
the Kenyans and the Ugandans will resume", "the French met the Dutch", "between Indians and Pakistanis".

In news of diplomacy and conflict the plural of a nationality stands for the nation's side as its government
does; the side is named as written ("Chileans"). Only as "the ..." or inside "between": a bare plural elsewhere
("Kenyans queued to vote", "three Germans were hurt") is people, not a side.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast.names import demonym_adjective
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.model import Participant
from streams.enrich.vocabulary.places import country_code, demonym_code

_NOUN_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")


def nation_as_people(token: Token) -> Participant | None:
    """The nation's side a plural demonym ("the Peruvians", "the Swedes") or a nationality adjective used as a
    noun ("the French", "the Dutch") stands for, or None."""
    text = token.text
    if not text[:1].isupper() or token.dep_ not in _NOUN_ROLES or any(c.dep_ == "nummod" for c in token.children):
        return None
    if token.tag_ in ("NNPS", "NNS") and text.endswith("s"):
        nation = plural_demonym_code(text)
    else:
        nation = demonym_code(text) if not any(c.dep_ in ("compound", "amod") for c in token.children) else None
    if nation is None:
        return None
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return Participant(name=text, kind="country") if definite or _between(token) else None


def plural_demonym_code(text: str) -> str | None:
    """The country a plural demonym ("Ghanaians", "Swedes") names, or None."""
    singular = text[:-1]
    return demonym_code(singular) or demonym_code(demonym_adjective(singular) or "")


def _between(token: Token) -> bool:
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "between"


def without_own_nationals(sides: list[Participant]) -> list[Participant]:
    """The sides with a country's own people folded into it: in "the Kenyan negotiators" facing lenders of a
    story whose actor is Kenya, the negotiators act for Kenya, one side and not a second party beside it. Only
    the nationality and common words ("Kenyan", "Kenyan officials"): a named person keeps a side of their own."""
    countries = {code for s in sides if s.kind == "country" and (code := country_code(s.name))}
    return [s for s in sides if not (countries and _own_people_of(s) in countries)]


def _own_people_of(side: Participant) -> str | None:
    words = side.name.split()
    if not words or country_code(side.name) or any(not w.islower() for w in words[1:]):  # "Philippines" is one
        return None
    return plural_demonym_code(words[0]) if len(words) == 1 and words[0].endswith("s") else demonym_code(words[0])


def nation_of_agents(side: Participant) -> str | None:
    """The country code of a side told only as a nationality and the word for those who act for a state
    ("Kenyan officials", "Norland officials", "Norlandic negotiators"): nobody in it is named, so the state
    is the side, as a reader names it ("Kenya"). A word that narrows the people ("leading Kenyan ministers",
    "Kenyan farm leaders") or a role no state acts through keeps the side as written."""
    words = side.name.removeprefix("the ").split()
    if side.kind == "country" or len(words) < 2 or words[-1].lower().removesuffix("s") not in LEX.state_agents:
        return None
    nation = " ".join(words[:-1])
    return demonym_code(nation) or country_code(nation)  # "U.S. officials" as well
