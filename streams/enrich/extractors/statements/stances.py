"""Statements made through a stance rather than a speech verb: "X made (it) clear that ...", "X made the
point that ...", "X gave assurances that ...", "X was adamant that ...". The frame word (`clear`, `point`,
`assurances`, `adamant`) says the subject put the clause forward; the clause, opened by "that", is what was
said.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import lexicon

_FRAME_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "dobj"})  # how the parse hangs "clear", "the point"
# How it hangs the "that" clause: after a noun ("an assurance that no jobs would go") the parse may take it
# for a relative clause, but a relative "that" is its clause's subject or object, never its "mark".
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl", "relcl"})


def _opened_by_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children)


def _frame_word(cue: Token) -> Token | None:
    """ "clear" of "made (it) clear", "point" of "made the point"; for "adamant", the word itself."""
    lex = lexicon()
    lemma = cue.lemma_.lower()
    if lemma in lex.stance_adjectives:
        return cue if cue.pos_ == "ADJ" and cue.dep_ == "acomp" else None
    if lemma not in lex.made_frames or cue.pos_ != "VERB":
        return None
    return next(
        (c for c in cue.children if c.dep_ in _FRAME_DEPS and c.i > cue.i and c.lower_ in lex.made_frames[lemma]),
        None,
    )


def stance_clause(cue: Token) -> Token | None:
    """The "that" clause a stance frame puts forward, or None when `cue` frames none."""
    frame = _frame_word(cue)
    if frame is None:
        return None
    holders = (frame, cue, frame.head) if frame is cue else (frame, cue)
    for holder in holders:
        for c in holder.children:
            if c.dep_ in _CLAUSE_DEPS and c.i > frame.i and _opened_by_that(c):
                return c
    return None


def stance_text(cue: Token) -> str:
    """The frame as written: "made it clear", "made the point", "was adamant"."""
    frame = _frame_word(cue)
    if frame is None:
        return cue.text
    if frame is cue:
        copula = cue.head if cue.head.i == cue.i - 1 and cue.head.pos_ == "AUX" else cue
        return cue.doc[copula.i : cue.i + 1].text
    return cue.doc[cue.i : frame.i + 1].text
