"""Whose site a visit goes to: "visited X's smelter", "have visited Y already" where Y is "X's Y smelter".

A site visited is only where the visitor went (`visited_sites`), unless the article names the firm or body that
owns it: the gold annotations then count a meeting of the visitor and the owner, as "visited the plant of X" is
a visit to X's people there. The owner is told by a possessive on the site noun ("X's plant", "X's Y copper
smelter") or by "owned/run/operated by X" on it, where the visit names it or where the site is named earlier
(the visit may name the site by its own name, "Y", or again as "the smelter"). A person's home or farm is left
alone: that is a private visit, not a host's site.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.model import Participant

_OWNING = ("own", "run", "operate")


def site_owner(verb: Token, obj: Token, names: NameIndex) -> Participant | None:
    """The organisation that owns the site `obj` the verb "visit" goes to, when the article names it."""
    if lower_lemma(verb) != "visit":
        return None
    for site in _site_nouns(obj, names):
        owner = _owner_of(site, names)
        if owner is not None:
            return owner
    return None


def _site_nouns(obj: Token, names: NameIndex) -> list[Token]:
    """The site nouns that stand for the thing visited: the object itself when it is one ("the smelter"), the
    noun its name is a modifier of ("the Y smelter"), and every earlier site noun its name or its head word
    modifies or repeats ("X's Y copper smelter", then "visited Y" or "visited the smelter")."""
    doc = obj.doc
    start, end = names.span_of.get(obj.i, (obj.i, obj.i + 1))
    words = [t.lower_ for t in doc[start:end] if t.dep_ != "det"]
    if _is_site(obj) and any(c.dep_ == "poss" for c in obj.children):
        return [obj]  # "visited Y's farm": its own owner decides, whoever owns another farm told before
    found = [obj] if _is_site(obj) else []
    found += [t for t in obj.ancestors if _is_site(t) and obj.dep_ == "compound"][:1]
    for token in doc[: obj.i]:
        if _is_site(token) and (token.lower_ == obj.lower_ or _modified_by(token, words)):
            found.append(token)
    return found


def _is_site(token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lower_ in LEX.visited_sites or lower_lemma(token) in LEX.visited_sites)


def _modified_by(site: Token, words: list[str]) -> bool:
    """"the Y copper smelter": the visited name's words are the site noun's compounds, in order."""
    compounds = [t.lower_ for t in site.lefts if t.dep_ in ("compound", "nmod")]
    n = len(words)
    return n > 0 and any(compounds[i : i + n] == words for i in range(len(compounds) - n + 1))


def _owner_of(site: Token, names: NameIndex) -> Participant | None:
    for child in site.children:
        if child.dep_ == "poss":
            return names.organisation(child)
        if child.dep_ == "acl" and lower_lemma(child) in _OWNING:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for obj in (o for o in agent.children if o.dep_ == "pobj"):
                    return names.organisation(obj)
    return None
