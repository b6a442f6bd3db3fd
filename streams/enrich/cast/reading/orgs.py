"""Names organisations the way the article writes them: "Valdora's foreign ministry", "Ministry of X".

An institution noun is a name only with something that singles it out: a proper-noun or
entity modifier, or a possessive title ("the prime minister's office"). A bare "the ministry"
is not a name; attribution looks for the organisation it refers back to.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import lexicon
from ..names import is_title_word, proper_noun_run

_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _names(modifier: Token) -> bool:
    """A proper noun or an entity's word, or a possessive title; a lower-case word describes a body ("the
    aviation board") and names none, whatever the parse tagged it."""
    if modifier.is_lower:
        return modifier.dep_ == "poss" and is_title_word(modifier)
    if modifier.pos_ == "PROPN" or modifier.ent_type_:
        return True
    return modifier.dep_ == "poss" and is_title_word(modifier)


def _one_entity(first: Token, last: Token) -> bool:
    """ "Harlow's Bakeries" tagged as one organisation: the possessive is part of the name, not an owner."""
    doc = first.doc
    return first.ent_type_ == "ORG" and all(
        t.ent_iob_ == "I" and t.ent_type_ == "ORG" for t in doc[first.i + 1 : last.i + 1]
    )


def described_by_nation(head: Token) -> bool:
    """ "The number two Ruritanian carmaker", "the Canadian lender", "Ruritania's national airline": a business
    noun whose only capitalised modifiers are a nation or a place (its possessive "'s" too) describes a company the
    article names; it is no company's name."""
    if head.lemma_.lower() not in lexicon().business_nouns:
        return False
    named = [c for c in head.lefts if c.dep_ in _MODIFIER_DEPS and not c.is_lower]
    return bool(named) and all(
        t.ent_type_ in ("NORP", "GPE") for c in named for t in c.subtree if not t.is_punct and t.tag_ != "POS"
    )


def org_name(head: Token, start: int | None = None) -> str | None:
    """The name around `head` from its first naming modifier (or `start`), "of" complement included."""
    doc = head.doc
    named = [c for c in head.lefts if c.dep_ in _MODIFIER_DEPS and _names(c)]
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        # "Valdora's Ministry of Health" is the Ministry of Health; only a common-noun institution
        # ("Valdora's foreign ministry") needs its country to be a name, and a title stays ("Prime
        # Minister's Office").
        named = [
            c
            for c in named
            if not (c.dep_ == "poss" and c.pos_ == "PROPN" and not is_title_word(c)) or _one_entity(c, head)
        ]
        start = head.i if start is None and not named else start
    if named:
        first = min(c.left_edge.i for c in named)
        start = first if start is None else min(start, first)
    if start is None:
        return None
    based = next((c for c in head.lefts if c.lower_ == "based" and c.dep_ in ("amod", "acl") and c.i >= start), None)
    if based is not None:  # "the Leeds-based X": where it is based (`home_of`) is no word of its name
        start = based.i + 1
    while start < head.i and (doc[start].dep_ == "det" or doc[start].is_punct):
        start += 1
    end = head.i
    for child in head.rights:
        if child.lower_ == "of" and child.i == end + 1:
            pobj = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if pobj is not None:
                end = _entity_end(pobj)
            else:
                counted = _counted_members(child)
                end = counted.i if counted is not None else end
    return doc[start : end + 1].text.removesuffix("'s").removesuffix("’s")


def _counted_members(of: Token) -> Token | None:
    """ "the Group of 20 major economies", "the Group of 77 developing nations": a body named by how
    many members it has says what they are in the noun the number counts, and the number alone would leave
    "Group"; that noun ends the name. The number must open the "of" phrase ("of the 27 states" is no name)."""
    doc = of.doc
    if of.i + 1 >= len(doc) or doc[of.i + 1].pos_ != "NUM":
        return None
    return next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NNS"
                 and doc[of.i + 1].head.i == g.i), None)


def _entity_end(token: Token) -> int:
    """ "the Ministry of Water and Forests": where the parse hangs the last portfolio elsewhere, the name
    runs on to the end of the organisation the entity recogniser read."""
    doc, end = token.doc, token.i
    if token.ent_type_ != "ORG":
        return end
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return end


def home_of(head: Token) -> str | None:
    """Where the organisation `head` names or describes is based: "the Leeds-based firm", "X, based in
    Leeds" give "Leeds"; None when the phrase does not say."""
    based = next((c for c in head.children if c.lower_ == "based" and c.dep_ in ("amod", "acl")), None)
    if based is None:
        return None
    place = next((c for c in based.children if c.dep_ == "npadvmod"), None)
    if place is None:
        prep = next((c for c in based.children if c.dep_ == "prep" and c.lower_ in ("in", "at")), None)
        place = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if place is None or place.pos_ != "PROPN":
        return None
    return " ".join(t.text for t in proper_noun_run(place))


def founders_firms(ents: list[Span]) -> list[Span]:
    """ "Tanaka and Partners", "Novak & Sons", "Visser and Associates": a firm named after its founders is
    written as a surname, "and" or "&", and a company word, which the small model splits into a person (or
    nothing) and an organisation "Partners". A span opening with a company word right after "and"/"&" and a
    capitalised word is one organisation with the name before it (and any span that holds that name)."""
    joined: list[Span] = []
    endings = lexicon().company_name_endings
    for ent in ents:
        k = ent.start
        doc = ent.doc
        if k < 2 or doc[k - 1].lower_ not in ("and", "&"):  # the cheap test first: most spans follow no "and"
            joined.append(ent)
            continue
        founder, word = doc[k - 2], doc[k]
        if word.lower_ not in endings or not word.is_title or not (founder.is_alpha and founder.is_title):
            joined.append(ent)
            continue
        join_back(joined, founder.i, ent)  # "Tanaka" read as a person, "Adeyemi and" as a body
    return joined


def join_back(joined: list[Span], start: int, ent: Span) -> None:
    """Append one organisation from token `start` to the end of `ent`, taking in the spans already read that
    it overlaps (the founder's word read as a person, a body of its own)."""
    while joined and joined[-1].end > start:
        start = min(start, joined.pop().start)
    joined.append(Span(ent.doc, start, ent.end, label="ORG"))
