"""Interviews laid out as questions and answers: paragraphs opening "Q:" and "A:", or each speaker's name.

An interview's answers carry no quotation marks and no cue: the layout is the attribution. The questions
are the outlet's; the answers are the words of the one person the introduction names, so each answer
paragraph is a statement of that person. When the introduction names nobody, or several people, the
answers are left alone: never a guess. "A:" alone is no interview ("Plan A: ..."); a "Q:" paragraph must
come before it. In the transcript form ("Okafor: ..." for each turn) a paragraph opening with a name the
article gave a person, once at least two paragraphs so open, is that person's, unless it asks a question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.enrich.cast import Mention

from .direct import ATTRIBUTED
from .found import Found
from .layout import Layout

_MARK = re.compile(r"([QA])\s*:\s*")
_NAMED_TURN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}:\s+")


def _marked(layout: Layout) -> list[tuple[str, int, int]]:
    """(letter, content start, content end) of every paragraph opening "Q:" or "A:"."""
    text = layout.text
    marked = []
    for k in range(len(layout.breaks) + 1):
        start, end = layout.paragraph_bounds(k)
        m = _MARK.match(text, start, end)
        if m is not None:
            while end > m.end() and text[end - 1].isspace():
                end -= 1
            if end > m.end():
                marked.append((m.group(1), m.end(), end))
    return marked


def _named_turns(layout: Layout, mentions: Sequence[Mention]) -> list[Found]:
    """ "Okafor: We were ready.": a paragraph opening with a person's name and a colon, in an article where
    at least two paragraphs so open; a question is the interviewer asking, not a statement."""
    text = layout.text
    people = {m.i for m in mentions if m.entity.kind == "person"}
    turns = []
    for k in range(len(layout.breaks) + 1):
        start, end = layout.paragraph_bounds(k)
        m = _NAMED_TURN.match(text, start, end)
        name = layout.token_index_at(m.group().rindex(":") + m.start()) - 1 if m is not None else -1
        if name in people:
            while end > m.end() and text[end - 1].isspace():
                end -= 1
            turns.append(Found("direct", [(m.end(), end)], None, layout.doc[name], ATTRIBUTED))
    if len(turns) < 2:
        return []
    return [t for t in turns if not text[t.start : t.end].rstrip("\"”’'").endswith("?")]


def with_interview(layout: Layout, mentions: Sequence[Mention], found: list[Found]) -> list[Found]:
    """`found` with a statement of the interviewee for each answer paragraph: a statement attributed in the
    text (a cue or a speaker) inside the answer stands instead; one attributed by nothing yields to it."""
    answers = _answers(layout, mentions) + _named_turns(layout, mentions)
    if not answers:
        return found
    attributed = [f for f in found if f.cue is not None or f.subject is not None]
    answers = [a for a in answers if not any(f.start < a.end and a.start < f.end for f in attributed)]
    kept = [f for f in found if f.cue is not None or f.subject is not None
            or not any(f.start < a.end and a.start < f.end for a in answers)]
    return sorted([*kept, *answers], key=lambda f: f.anchor)


def _answers(layout: Layout, mentions: Sequence[Mention]) -> list[Found]:
    """The "Q:"/"A:" form: each answer after the first question is the one person named before it."""
    if "Q" not in layout.text:  # the common case costs one substring test
        return []
    marked = _marked(layout)
    first_question = next((start for letter, start, _ in marked if letter == "Q"), None)
    if first_question is None:
        return []
    named = {id(m.entity): m for m in mentions if m.start < first_question and m.entity.kind == "person"}
    if len(named) != 1:
        return []
    interviewee = layout.doc[next(iter(named.values())).i]
    return [
        Found("direct", [(start, end)], None, interviewee, ATTRIBUTED)
        for letter, start, end in marked
        if letter == "A" and start > first_question
    ]
