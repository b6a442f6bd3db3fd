"""A short noun phrase in marks after a noun, a comma and "or" gives the other name a thing goes by ("the late
fees, or "drip deals,""): no direct statement, while the sentence around it keeps its report. Invented
sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.kind, s.speaker.name if s.speaker else None, s.quote) for s in statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # business: the report after the alias
            'The plan would end bonus payments to departing managers, or "silver handshakes," Mara Kellin said.',
            "Mara Kellin",
        ),
        (  # health: the alias in the middle of the reported clause
            'Staff were given the weekend hospital discharges, or "Friday flushes," under new rules, Tom Brevik said.',
            "Tom Brevik",
        ),
        (  # sport: the alias joined to the head of a longer noun phrase
            'The plan would end the transfer fees paid in instalments, or "drip deals," Ada Pruitt said.',
            "Ada Pruitt",
        ),
    ],
)
def test_other_name_is_no_quote(nlp: Language, text: str, speaker: str) -> None:
    assert [(kind, who) for kind, who, _ in said(nlp, text)] == [("indirect", speaker)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # an adjective after "or" is the speaker's own wording
        ('Mara Kellin said the offer was fair, or "close to fair," and would be signed.', "close to fair,"),
        # a clause after "or"
        ('Tomas Brevik said the club must improve, or "we will go down," after the match.', "we will go down,"),
    ],
)
def test_own_wording_after_or_stays(nlp: Language, text: str, quote: str) -> None:
    assert ("direct", quote) in [(kind, q) for kind, _, q in said(nlp, text)]
