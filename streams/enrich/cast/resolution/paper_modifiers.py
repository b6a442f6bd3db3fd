"""The words before a paper noun that say whose paper it is: "a Harbour Board statement", "provisional Orvia
Bank figures", "the Veltran communique" (a body's name, however the parse attached it), "a Norlandic government
bulletin", "a ministry report" (a body's common noun, which refers to the body the article is about).

Why: wire copy names the issuer of a bulletin, a report or a set of figures as the paper's modifier instead of
after "by" or "'s"; the gold gives such a paper's words to its issuer. A place or a nationality alone there ("a
Port Elwin newspaper", "a Norlandic report") only says where the paper is from and names no issuer.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import lexicon

_MODIFIERS = frozenset({"compound", "nmod", "amod"})
# numbers a body publishes, spoken through as its papers are when their issuer is written before them
# ("according to provisional Orvia Bank figures"); plural only: "a party figure" is a person
FIGURE_WORDS = frozenset({"figures", "data", "statistics"})


def named_issuer(paper: Token) -> Token | None:
    """A word of a body's name written before `paper` as its modifier ("Orvia" of "an Orvia Radio report",
    "Bank" of "Orvia Bank figures"), tagged as an organisation by the recogniser."""
    return next(
        (c for c in paper.lefts if c.dep_ in _MODIFIERS and c.ent_type_ == "ORG" and not c.is_lower), None
    )


def issuer_noun(paper: Token) -> Token | None:
    """A lower-case institution noun compounded onto `paper` ("government" of "a Norlandic government bulletin",
    "ministry" of "a ministry report", "a government policy paper"): the body that noun refers to issued the
    paper. Only over the run of nouns compounded right before the paper, the one nearest first, so "a
    government-backed union report" names no government's paper."""
    doc = paper.doc
    run = {paper.i}
    for i in range(paper.i - 1, -1, -1):
        before = doc[i]
        if before.head.i not in run or before.dep_ != "compound" or before.pos_ != "NOUN" or not before.is_lower:
            return None
        if before.lemma_.lower() in lexicon().institution_nouns:
            return before
        run.add(i)
    return None
