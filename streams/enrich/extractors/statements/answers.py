"""A bare yes or no given to a question the article puts: "Asked whether the plant would close, Ms Ruiz said no."

The answer has no clause of its own, so the cue governs nothing a reported statement is read from; what the
speaker stated is the answer to the question written before it. The statement is the question (with its
"whether", so it does not read as a claim) and the answer, in two parts. A "no" to something ("said no to the
offer") is a refusal, not an answer, and a yes or no without a question put before it answers nothing written.
"""

from __future__ import annotations

from spacy.tokens import Token

_ANSWERS = frozenset({"yes", "no"})
_ANSWER_DEPS = frozenset({"intj", "dobj", "npadvmod", "advmod", "attr"})
_QUESTION_DEPS = frozenset({"ccomp", "advcl"})
_YES_NO_MARKS = frozenset({"whether", "if"})


def _yes_no_question(clause: Token) -> bool:
    """ "whether the plant would close", "if the club would sell": a question a yes or no answers ("asked about
    the delay" is none)."""
    marked = any(c.dep_ == "mark" and c.lower_ in _YES_NO_MARKS for c in clause.children)
    return clause.dep_ in _QUESTION_DEPS and marked


def answered_question(cue: Token) -> list[tuple[int, int]] | None:
    """The yes-or-no question (after a fronted "asked") and the yes or no `cue` gives to it, as two character ranges."""
    answer = next((c for c in cue.rights if c.lower_ in _ANSWERS and c.dep_ in _ANSWER_DEPS), None)
    if answer is None or any(c.dep_ in ("prep", "dative") and c.i > answer.i for c in cue.rights):
        return None
    asked = next((c for c in cue.lefts if c.dep_ == "advcl" and c.lemma_.lower() == "ask"), None)
    question = None
    if asked is not None:
        question = next((c for c in reversed(list(asked.rights)) if _yes_no_question(c)), None)
    if question is None:
        return None
    first, last = question.left_edge, question.right_edge
    return [(first.idx, last.idx + len(last.text)), (answer.idx, answer.idx + len(answer.text))]
