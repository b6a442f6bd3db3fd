"""Whom "the <nationality> leader" refers to: the head of that country the article named before.

News names a head of state or of government once by title and name ("King X of Norland", "Norlandic
President Y") and later describes them by nationality and a head's word ("the Norlandic leader", "the
Norlandic monarch"). The description names no one, and its words need not be the person's title ("leader" is
no king's title), so the title-matching of descriptions misses it: the person is the one named before with a
head's title whom the article ties to that country (a title carrying the nationality, an affiliation, or
"of <Country>" right after the name). None, or two such heads, name no one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from streams.enrich.vocabulary import places

from ..entity import Entity, Mention
from ..lexicon import lexicon
from .nationality import of_nation

NameSpan = Callable[[int], tuple[int, int, str] | None]


def national_head(head: Token, mentions: Sequence[Mention], name_span: NameSpan) -> Entity | None:
    """The one person named before `head` ("leader" of "the Norlandic leader") who heads the country its one
    nationality word names; `name_span` is the cast's, which says where each name ends."""
    if head.tag_ != "NN" or head.lower_ not in lexicon().state_head_nouns:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return None  # "a Norlandic leader" brings in someone new
    words = [c for c in head.lefts if c.dep_ not in ("det", "punct")]
    if len(words) != 1:
        return None  # "the Norlandic opposition leader" is someone else's post
    nation = words[0]
    code = places.demonym_code(nation.text) or places.country_code(nation.text)
    if code is None:
        return None
    found = {
        id(m.entity): m.entity
        for m in mentions
        if m.start < head.idx
        and m.entity.kind == "person"
        and any(heads_a_state(t) for t in m.entity.titles_before(head.idx))
        and (of_nation(m.entity, nation) or _placed_in(head.doc, m.i, code, name_span))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def heads_a_state(title: str) -> bool:
    """ "King", "Norlandic President", "Prime Minister of Norland": a head's title with nothing before it but
    a nationality or a country, and nothing after it but "of" and a country; "Vice President", "central bank
    president" and "Deputy Prime Minister" head no state."""
    words = title.split()
    lower = [w.lower() for w in words]
    for head in lexicon().state_head_titles:
        size = len(head.split())
        for k in range(len(words) - size + 1):
            if " ".join(lower[k : k + size]) == head and _national(words[:k]) and _of_country(words[k + size :]):
                return True
    return False


def _national(words: list[str]) -> bool:
    """No words, or words that name a nation: "Norlandic", "West Norlandic", "Norland's"."""
    if not words:
        return True
    text = " ".join(words).removesuffix("'s").removesuffix("’s")
    return places.demonym_code(text) is not None or places.country_code(text) is not None


def _of_country(words: list[str]) -> bool:
    """No words, or "of" and a country ("of Norland", "of the Norland Republic" as the gazetteer knows it)."""
    if not words:
        return True
    rest = words[1:]
    if rest and rest[0].lower() == "the":
        rest = rest[1:]
    return words[0].lower() == "of" and bool(rest) and places.country_code(" ".join(rest)) is not None


def _placed_in(doc: Doc, i: int, code: str, name_span: NameSpan) -> bool:
    """ "King X of Norland": the name at token `i` is followed by "of" and a country with that code."""
    span = name_span(i)
    end = span[1] if span is not None else i + 1
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    k = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
    place = name_span(k)
    text = doc[place[0] : place[1]].text if place is not None else doc[k].text
    return places.country_code(text) == code
