"""Whom "the group" names when the article brought a group in unnamed: "A holders' group with a fifth of X Inc
said ... The group, which includes Y Corp, said ...".

Wire copy on stake-building and campaigns brings in "a shareholder group", "an investor group" or "a group of
farm co-operatives" without a name of its own, and writes "the group" for it after; the firms named in the
clauses on it are what it holds, bids for or includes, never the group. So a later "the group" is that group,
named as the article wrote it first ("shareholder group", "group of farm co-operatives"), unless a body whose
name holds the word was named since ("Tarn Group Plc"), which the usual reading finds. Annotators name such a
group so (`eval/README.md`: unnamed people of a body the article identifies speak as that body), and the group's
own first words too when the article goes on writing "the group" for it (`referred_back`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import lexicon
from .descriptions import INDEFINITE_DETERMINERS

_GROUP_NOUNS = frozenset({"group", "consortium"})
_MEMBERS_NOUNS = frozenset({"NOUN"})


def _introduction(token: Token) -> bool:
    """ "a shareholder group", "an investor group", "a group of farm co-operatives": the group noun with an
    indefinite article and words that say who is in it, but no capitalised name."""
    if token.lemma_.lower() not in _GROUP_NOUNS or token.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in token.children):
        return False
    return bool(_members_words(token)) and not any(
        c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in token.lefts
    )


def _members_words(token: Token) -> list[Token]:
    """The lower-case noun compounded on the group ("shareholder"), or the members after "of" ("of investment
    firms"): the words its name is written with."""
    before = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ in _MEMBERS_NOUNS and c.is_lower]
    if before:
        return before
    of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    members = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if members is None or members.tag_ != "NNS" or not members.is_lower:
        return []
    lex = lexicon()
    if members.lemma_.lower() in lex.market_voices | lex.representative_nouns:
        return []  # "a group of analysts", "a group of officials": a crowd, which stays unnamed
    return [of, *[t for t in members.lefts if t.dep_ in ("compound", "amod") and t.is_lower], members]


def brought_in_group(head: Token) -> tuple[str, int] | None:
    """The name and place of the group `head` ("the group") refers back to: the last unnamed group brought in
    before it in the article (`_introduction`); None for any other noun, or when none was."""
    if head.lemma_.lower() not in _GROUP_NOUNS or head.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    found = next((t for t in reversed(head.doc[: head.i]) if _introduction(t)), None)
    return _written_name(found) if found is not None else None


def referred_back(head: Token) -> tuple[str, int] | None:
    """ "A shareholder group ... told regulators ... The group said": the name and place of the unnamed group
    `head` brings in, when a later "the group" refers back to it before another is brought in; None otherwise
    ("a union said", once, stays unnamed)."""
    if not _introduction(head):
        return None
    for token in head.doc[head.i + 1 :]:
        if _introduction(token):
            return None
        if brought_in_group(token) is not None:
            return _written_name(head)
    return None


def _written_name(found: Token) -> tuple[str, int]:
    """The group as the article wrote it first: "shareholder group", "group of farm co-operatives"."""
    words = _members_words(found)
    if words[0].i < found.i:
        return f"{' '.join(t.lower_ for t in words)} {found.lower_}", found.idx
    return f"{found.lower_} {' '.join(t.lower_ for t in words)}", found.idx
