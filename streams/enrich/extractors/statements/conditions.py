"""A condition or a concession fronted before the speaker is part of what the speaker reported.

"If the talks fail, the union said it will strike": the parse hangs the "if" clause on the cue, yet the
speaker did not say something only if the talks fail; the strike is what depends on them. The same holds
for a concession ("Although the plan drew criticism, officials said, it was approved"). A concession about
the speaker ("Although she lost the vote, the mayor said she would stay") is the writer's frame, not the
speaker's words, and stays out.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import lexicon

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _about_speaker(clause: Token, speaker: Token) -> bool:
    """The concession's subject is the speaker, by pronoun or by the same head word."""
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    return any(s.pos_ == "PRON" or s.lower_ == speaker.lower_ for s in subjects)


def fronted_condition(cue: Token) -> tuple[int, int] | None:
    """Token bounds (first, last) of a condition or concession fronted before the cue's subject, if any."""
    speaker = next((c for c in cue.lefts if c.dep_ in _SUBJECT_DEPS), None)
    if speaker is None:
        return None
    lex = lexicon()
    for clause in cue.lefts:
        if clause.dep_ != "advcl" or clause.i > speaker.i:
            continue
        mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
        conceded = mark in lex.concession_marks and not _about_speaker(clause, speaker)
        if mark in lex.condition_marks or conceded:
            return clause.left_edge.i, clause.right_edge.i
    return None


def conditional_after(cue: Token) -> tuple[int, int] | None:
    """ "X said if the ferry is late the school will wait": with no comma between the two, the parse may hang the
    condition on the cue and the consequence inside the condition, leaving the cue no clause of its own. The
    condition then holds what was said, when a second subject inside it shows the consequence; with one
    subject only ("said if the vote failed") it is an open question, not a claim."""
    if any(c.dep_ == "ccomp" for c in cue.children):
        return None
    lex = lexicon()
    for clause in cue.rights:
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        if clause.dep_ != "advcl" or mark is None or mark.lower_ not in lex.condition_marks:
            continue
        if mark.i != cue.i + 1 or sum(1 for t in clause.subtree if t.dep_ in _SUBJECT_DEPS) < 2:
            continue
        return mark.i, clause.right_edge.i
    return None
