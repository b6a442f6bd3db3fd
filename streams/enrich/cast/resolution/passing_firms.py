"""Companies named only inside the words "the company said" closes: what is said, not who says it.

Why: "X Corp agreed to buy Y Ltd, the company said" and "holders approved the deal with Y Inc, the company
said" (after the fund X spoke) name Y last before the speaker phrase, but only as part of the reported words:
the buyer's target, a partner to a deal, a new name. "The company" is then what an earlier "the company"
named, else the organisation in focus before the clause (a fund or a trust the article never gives a legal form,
which spoke), else the latest firm named outside the clause, else the organisation the clause names first (the
subject, or the holder of the subject: "X's shareholders will vote").
The latest firm named stays the answer wherever it was named outside the clause.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from ..entity import Entity


def token_at(doc: Doc, char: int) -> int:
    """The index of the token that starts at or holds `char`."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def clause_start(doc: Doc, char: int) -> int:
    """Where the sentence holding `char` starts (the speaker phrase's sentence)."""
    return doc[token_at(doc, char)].sent.start_char


def named_in_passing(entity: Entity, char: int, start: int, in_content: Callable[[int], bool]) -> bool:
    """Every mention of `entity` before `char` lies in reported words between `start` and `char`."""
    before = [m for m in entity.mentions if m < char]
    return bool(before) and all(m >= start and in_content(m) for m in before)


def clause_lead(orgs: Iterable[Entity], char: int, start: int, skip: set[int]) -> Entity | None:
    """The organisation the reported words between `start` and `char` name first (not in `skip`)."""
    best: tuple[int, Entity] | None = None
    for entity in orgs:
        if id(entity) in skip:
            continue
        first = next((m for m in entity.mentions if start <= m < char), None)
        if first is not None and (best is None or first < best[0]):
            best = (first, entity)
    return best[1] if best else None
