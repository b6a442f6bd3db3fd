"""Where a description and a title meet: the same office written in other word orders and forms.

News writes one office several ways: "the sheriff of Harlow County" and "the Harlow County sheriff", "Minister of
Finance" and "the finance minister", "governor of X and chairman of the Y forum" (two offices at once). A
description names the office by its head word and narrows it by the words before it or in an "of"/"for" phrase
after it; a title heads each office it holds with the words before its own "of", "for", "to", "at" or "in". So
a description fits a title when its head heads one of the title's offices and its other words are anywhere in
the title: "spokesman for the president" holds no presidency, "the governor of the central bank" is not the
governor of a state, and the order the words come in does not matter.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

# the words that end an office's head and start what it is of: "Minister | of Finance", "adviser | to the mayor"
_LINKS = re.compile(r"\s(?:of|for|to|at|in)\s")
# where a title joins two offices: "governor of X and chairman of Y", "mayor & chief executive"
_JOINS = re.compile(r"\s(?:and|&)\s")
_COMPLEMENT_PREPS = frozenset({"of", "for"})
# what an "of" phrase may carry that says nothing about the office: a clause about the holder or a name set beside
_CLAUSES = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "det", "case", "prep"})


def words_of(title: str) -> set[str]:
    """A title's words as a description is matched against them: lower-case, no possessive, no punctuation, and
    a hyphenated title in its pieces, as the tokenizer cuts "the Attorney-General" and "the vice-president"."""
    words = title.lower().replace("-", " ").split()
    return {w.strip(",.").removesuffix("’s").removesuffix("'s").rstrip("'’") for w in words}


def office_heads(title: str) -> set[str]:
    """The words that may head a description of the offices `title` holds: those before the first "of", "for",
    "to", "at" or "in" of each office a coordination joins ("governor", "chairman" in "governor of X and chairman
    of Y"; "spokesman", not "president", in "spokesman for the president")."""
    heads: set[str] = set()
    for office in _JOINS.split(f" {title.lower()} "):
        heads |= words_of(_LINKS.split(f" {office} ")[0])
    return heads - {""}


def complement(head: Token) -> list[str]:
    """The words an "of"/"for" phrase after a role adds to say which office it is: "the minister of health"
    ([health]), "the mayor of Port Elwin" ([port, elwin]), "the secretary of state for education" ([state,
    education]). A clause or a name set beside the phrase says who holds it, not which office, and stays out."""
    words: list[Token] = []
    preps = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPS]
    while preps:
        prep = preps.pop()
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words.extend(x for t in obj.lefts if t.dep_ not in _CLAUSES for x in t.subtree if x.dep_ not in _CLAUSES)
            words.append(obj)
            preps.extend(c for c in obj.rights if c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPS)
    words = [t for t in words if t.is_alpha]
    return [t.lower_ for t in words]
