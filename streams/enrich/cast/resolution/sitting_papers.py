"""A paper put out at a body's own sitting speaks for that body: "After a meeting of Nordic Council envoys, a
statement was issued saying ...", "A communique issued after a ministerial session said ...".

The paper names no author, and the people at the sitting are unnamed members; the sitting does name whose it
is, through the members' body ("a meeting of X envoys", "a session of the X") or, when it names none ("a
ministerial meeting"), through the body whose members were last heard. A paper issued after some other event
("after the match") or at a meeting with someone ("a meeting with the mayor") is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import lexicon

_ISSUING_VERBS = frozenset({"issue", "release", "adopt", "publish", "sign", "approve"})
_WHEN_PREPOSITIONS = frozenset({"after", "following", "at", "during"})
_EDGE_NOUNS = frozenset({"end", "close", "conclusion", "start", "opening"})
_REACH = 120  # tokens back to the earlier mention a definite "the statement" refers to


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _sitting_under(verb: Token) -> Token | None:
    """The sitting a verb of issuing was done at or after: "issued at the end of a meeting", "After a meeting,
    a statement was issued"."""
    sittings = lexicon().sitting_nouns
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _WHEN_PREPOSITIONS:
            continue
        noun = _pobj(prep)
        if noun is not None and noun.lemma_.lower() in _EDGE_NOUNS:
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = _pobj(of) if of is not None else None
        if noun is not None and noun.lemma_.lower() in sittings:
            return noun
    return None


def paper_sitting(paper: Token) -> Token | None:
    """The sitting a paper was issued at: its own participle ("a communique issued at ...") or the passive verb
    it is the subject of ("a statement was issued after ...")."""
    if paper.dep_ == "nsubjpass" and paper.head.lemma_.lower() in _ISSUING_VERBS:
        return _sitting_under(paper.head)
    for child in paper.rights:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _ISSUING_VERBS:
            return _sitting_under(child)
    return None


def earlier_mention(paper: Token) -> Token | None:
    """The earlier mention of the same paper a definite noun ("the statement") refers back to, if any."""
    if not any(c.lower_ == "the" for c in paper.children):
        return None
    lemma = paper.lemma_.lower()
    for token in reversed(paper.doc[max(0, paper.i - _REACH) : paper.i]):
        if token.lemma_.lower() == lemma and token.pos_ == "NOUN":
            return token
    return None


def sitting_members(sitting: Token) -> Token | None:
    """Who sat, as written after "of" ("a meeting of X envoys": "envoys"); None when the sitting is with someone
    ("a meeting with the mayor") or names no one."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in sitting.children):
        return None
    of = next((c for c in sitting.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _pobj(of) if of is not None else None


def sitting_is_bare(sitting: Token) -> bool:
    """A sitting written with no one named ("a two-day ministerial meeting"), so its body is the one last heard."""
    return not any(c.dep_ == "prep" for c in sitting.children) and not any(
        c.dep_ in ("compound", "poss") for c in sitting.lefts
    )
