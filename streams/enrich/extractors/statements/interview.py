"""Interviews laid out as questions and answers: paragraphs opening "Q:" and "A:".

An interview's answers carry no quotation marks and no cue: the layout is the attribution. The questions
are the outlet's; the answers are the words of the one person the introduction names, so each answer
paragraph is a statement of that person. When the introduction names nobody, or several people, the
answers are left alone: never a guess. "A:" alone is no interview ("Plan A: ..."); a "Q:" paragraph must
come before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.enrich.cast import Mention

from .direct import ATTRIBUTED
from .found import Found
from .layout import Layout

_MARK = re.compile(r"([QA])\s*:\s*")


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


def interview_answers(layout: Layout, mentions: Sequence[Mention], found: Sequence[Found]) -> list[Found]:
    """A statement of the interviewee for each answer paragraph no other statement reaches into."""
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
        if letter == "A" and start > first_question and not any(f.start < end and start < f.end for f in found)
    ]
