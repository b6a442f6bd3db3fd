"""The extractor's working record: a statement found in the text, before its speaker is named."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from streams.enrich.model import StatementKind


@dataclass
class Found:
    """Content ranges plus the tokens attribution starts from (`subject` is the speaker as written).

    `clauses` are the coordinated clauses of a reported content ("A and that B"): when part of the
    content is quoted, the clauses outside the quotation still stand as statements of their own.
    `cue_written` is False for a paragraph of a long quotation whose cue is written with another of
    its paragraphs: the cue still names its speaker, but the paragraph shows none of its own.
    """

    kind: StatementKind
    parts: list[tuple[int, int]]
    cue: Token | None
    subject: Token | None
    confidence: float
    clauses: list[tuple[int, int]] = field(default_factory=list)
    cue_written: bool = True

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def anchor(self) -> int:
        """Where the speaker is named: pronouns there refer to whoever was salient before it."""
        if self.subject is not None:
            return self.subject.idx
        return self.cue.idx if self.cue is not None else self.start
