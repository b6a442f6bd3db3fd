"""One or some of a nation's many of a kind: "a U.S. Diplomat added", "one major Ruritanian bank said",
"Ruritanian farm unions said".

A kind of body or of people (a bank, a firm, a diplomat; unions, producers) that only a nation describes, brought
in with "a", "one" or "another", or as a plural with no article, is one or some of that nation's many of the kind:
the article names none of them, so the voice stays unnamed (`eval/README.md`, "Statements' speakers":
"<nationality> officials" stay null). Wire copy capitalises the word after "U.S." ("a U.S. Firm"), so the parse
may read the phrase as a body's name; its case does not matter. "The Ruritanian government" and "the U.S.
Embassy" are definite, one body, and stay named; so is a kind with a name set beside it ("a bank, X Bank,").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from streams.enrich.vocabulary import places
from streams.enrich.vocabulary.english_words import singulars

from ..lexicon import lexicon
from .descriptions import INDEFINITE_DETERMINERS

_ONE = frozenset({"one"})
_SOME = frozenset({"some", "many", "several", "other", "few"})  # "some U.S. banks": no particular ones
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ASIDE_DEPS = frozenset({"punct", "relcl", "prep", "acl"})  # "a French bank, which ..., said"; "a firm in X"


@cache
def _kinds() -> frozenset[str]:
    """The words for a kind of body or of people: firms' trades, institutions, titles, representatives, members."""
    lex = lexicon()
    return frozenset(
        lex.business_nouns | lex.institution_nouns | lex.title_words | lex.representative_nouns | lex.member_nouns
    )


def _nation(modifier: Token) -> bool:
    """A nation's word written before the kind: "U.S.", "French", "Ruritanian" (as the place tables know it)."""
    return places.demonym_code(modifier.text) is not None or places.country_code(modifier.text) is not None


def _describing(word: Token) -> bool:
    """A lower-case word that only describes the kind ("major", "farm"); an institution's word names the body the
    person speaks for ("an Ruritanian government spokesman" is that government's voice)."""
    return word.is_lower and word.lemma_.lower() not in lexicon().institution_nouns


def _plural(head: Token) -> bool:
    """A plural of a kind's word, whatever its case ("Banks" after "U.S." is still plural; "authorities")."""
    return bool(singulars(head.lower_) & _kinds())


def one_of_a_nation(head: Token) -> bool:
    """Whether `head` is an unnamed one (or some) of a nation's kind: its words before it are a nation and
    lower-case describing words only, with "a"/"one"/"another" for one, or no article (or "some") for a plural;
    no name set beside it."""
    plural = _plural(head)
    if not plural and head.lower_ not in _kinds():
        return False
    lefts = [t for t in head.lefts if not t.is_punct]
    determiners = [t.lower_ for t in lefts if t.dep_ in ("det", "nummod")]
    if any(d not in _ONE | INDEFINITE_DETERMINERS | _SOME for d in determiners):
        return False  # "the", "these", "two": a definite one or a counted few, which may be named
    others = [t for t in lefts if t.dep_ not in ("det", "nummod")]
    if plural:
        if any(d not in _SOME for d in determiners) or (not determiners and not head.is_lower):
            return False  # "American Airlines said": a capitalised plural with no article is a company's name
    elif len(determiners) != 1 or determiners[0] in _SOME:
        return False
    words = [t for c in others for t in c.subtree if not t.is_punct]
    if not any(_nation(t) for t in words) or not all(_nation(t) or _describing(t) for t in words):
        return False
    return all(c.dep_ in _ASIDE_DEPS for c in head.rights)


def echoes_one_of_a_nation(head: Token) -> bool:
    """ "A major Ruritanian bank said ... The major Ruritanian bank added": a definite body's kind with the same
    nation's word as an unnamed one that spoke before it is that same unnamed voice (one only written of, "a
    stake in a Ruritanian carmaker", stays as written, as `_company_described` leaves it). Not a person's word: "the
    Ruritanian official" may be the one the article named since ("a Ruritanian official", then "said X, ...")."""
    lex = lexicon()
    if head.lower_ not in lex.business_nouns | lex.institution_nouns or not any(t.lower_ == "the" for t in head.lefts):
        return False
    nations = {t.lower_ for t in head.lefts if _nation(t)}
    if not nations:
        return False
    return any(
        t.lower_ == head.lower_
        and t.dep_ in _SUBJECTS
        and one_of_a_nation(t)
        and nations <= {c.lower_ for c in t.lefts}
        for t in head.doc[: head.i]
    )
