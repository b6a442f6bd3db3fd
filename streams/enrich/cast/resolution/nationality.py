"""Whom a nationality describes: "the Swede", "the Frenchman", "the Kenyan".

A demonym with "the" describes a person the article gave that nationality (in a title, an affiliation, a
noun set beside the name), never names one; when the article gives no one the nationality, the given name's
countries may, but never against a title that names another country.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.vocabulary import places

from ..entity import Entity
from ..given_names import given_name_countries
from ..lexicon import lexicon
from ..names import demonym_adjective

_NATION_STEM = 4  # "Swede"/"Swedish", "Frenchman"/"French", "Kenyan"/"Kenyan" share their first letters


def _nation_stem(word: str) -> str:
    """ "frenchwoman" → "fren", "swede" → "swed", "german" → "germ" (its "man" is no suffix), "dane" → "dani"
    (through its adjective, "Danish")."""
    known = lexicon().demonym_nouns.get(word)
    if known is not None:
        return known.lower()[:_NATION_STEM]
    for suffix in ("woman", "man"):
        if word.endswith(suffix) and len(word) - len(suffix) >= _NATION_STEM:
            return word[: -len(suffix)][:_NATION_STEM]
    return word[:_NATION_STEM]


def _of_other_nation(entity: Entity, code: str) -> bool:
    """A title or affiliation that names a country other than `code` ("Kenyan runner X" is no Briton)."""
    words = [w for t in entity.titles for w in t[1].split()] + ([entity.affiliation] if entity.affiliation else [])
    found = {places.demonym_code(w) or places.country_code(w) for w in words} - {None}
    return bool(found) and code not in found


def demonym_description(subject: Token) -> bool:
    """ "the Swede", "the Frenchman", "the Kenyan": one capitalised nationality word with "the" is a
    description of a person, never the name of one (a party's "the Democrats" is plural). A home place
    before it ("the Ohio Democrat", "the Lagos Nigerian") and a noun set beside it ("the Swede, a former
    champion,") leave it a description: neither names the person."""
    return (
        subject.tag_ == "NNP"
        and any(c.lower_ == "the" for c in subject.children)
        and all(c.lower_ == "the" or _home_place(c) for c in subject.children if c.dep_ not in ("punct", "appos"))
        and (
            subject.ent_type_ == "NORP"
            or subject.lower_.endswith("man")
            or _is_demonym(subject.text)
            or demonym_adjective(subject.text) is not None
        )
        and len(_nation_stem(subject.lower_)) >= _NATION_STEM
    )


def _home_place(word: Token) -> bool:
    """A place compounded before a description ("the Ohio Democrat"): where the person is from."""
    return word.dep_ == "compound" and word.ent_type_ in ("GPE", "LOC") and all(
        t.ent_type_ in ("GPE", "LOC") for t in word.subtree
    )


def _is_demonym(word: str) -> bool:
    return places.demonym_code(word) is not None


def of_nation(entity: Entity, demonym: Token) -> bool:
    """A title before the description that carries the nationality ("Swedish striker" for "the Swede"), or the
    country the person belongs to ("X of Sweden", "the Swedish sprinter X")."""
    stem = _nation_stem(demonym.lower_)
    if any(w.startswith(stem) for t in entity.titles_before(demonym.idx) for w in t.lower().split()):
        return True
    country = places.demonym_code(demonym.text)
    return country is not None and entity.affiliation is not None and places.country_code(entity.affiliation) == country


class NationalityReferents:
    """`Resolver`'s rules for a nationality as a description; they read its focus and the cast's mentions."""

    def _set_beside(self, entity: Entity, demonym: Token) -> bool:
        """ "X, a Democrat from Ohio," or "X, a Swede,": the nationality or party set beside a mention of the
        person before `demonym`, which "the Democrat", "the Swede" then describe."""
        stem = _nation_stem(demonym.lower_)
        doc = self.doc
        return any(
            c.dep_ in ("appos", "compound", "amod") and c.lower_.startswith(stem)  # "X, a Swede,", "Swede X"
            for m in self.cast.mentions
            if m.entity is entity and m.start < demonym.idx
            for c in doc[m.i].children
        )

    def _of_no_other_nation(self, demonym: Token) -> Entity | None:
        """ "Emma Clarke won the final ... The Briton said": when the article gives no one that nationality,
        the person in focus whose given name that country's lists hold, and whose gender fits a "-man"/"-woman"
        noun; never one whose titles give another nation, nor one whose name that country does not know
        ("Anders Holm ... the Kenyan" names no one)."""
        adjective = demonym_adjective(demonym.text) or demonym.text
        code = places.demonym_code(adjective) or places.country_code(adjective)
        if code is None or any(of_nation(e, demonym) or self._set_beside(e, demonym) for e in self.registry.people()):
            return None
        word = demonym.lower_
        gender = "female" if word.endswith("woman") else "male" if word.endswith("man") else None
        return self._salient(
            demonym.idx,
            "person",
            lambda e: code in given_name_countries(e.first)
            and not _of_other_nation(e, code)
            and (gender is None or e.gender in (None, gender)),
        )

    def _of_a_party(self, demonym: Token) -> Entity | None:
        """ "Speaker Ann Vold said ... the Ohio Democrat told reporters": a capitalised word that names no
        nation is a party's member, and the article seldom gives the party as a title; it describes the person in
        focus, as "the minister" would."""
        adjective = demonym_adjective(demonym.text) or demonym.text
        if places.demonym_code(adjective) or places.country_code(adjective):
            return None
        return self._salient(demonym.idx, "person", lambda e: True)

    def _latest_set_beside(self, demonym: Token) -> Entity | None:
        """ "praised X, a Swede, ... The Swede said": one named outside focus, last so described."""
        before = [m.entity for m in self.cast.mentions if m.start < demonym.idx and m.entity.kind == "person"]
        return next((e for e in reversed(before) if self._set_beside(e, demonym)), None)

    def _only_of_nation(self, demonym: Token) -> Entity | None:
        """ "A of Chile beat B of Peru. 'It was hard,' the Peruvian said": out of focus, the one person named
        before whom the article gave that nationality."""
        found = {id(m.entity): m.entity for m in self.cast.mentions
                 if m.start < demonym.idx and m.entity.kind == "person" and of_nation(m.entity, demonym)}
        return next(iter(found.values())) if len(found) == 1 else None
