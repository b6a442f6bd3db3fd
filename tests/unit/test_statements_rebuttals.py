"""Turning down a claim whose content is spelt out ("has rejected suggestions that ...", "dismissed claims the
...", "played down fears that ...") is a denial, reported like "denied claims that ...". Without that content
("dismissed all criticism over the plan", "dismissed the claim") it stays a stance. Invented sentences from
several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str, str | None]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote, s.cue) for s in statements]


REBUTTALS = [  # culture, sport, science, racing
    (
        "Ms Ramirez has rejected suggestions that the festival would move to a smaller venue.",
        ("Ramirez", "indirect", "rejected suggestions that the festival would move to a smaller venue", "rejected"),
    ),
    (
        "Coach Ibrahim Diallo dismissed claims the squad had lost faith in him.",
        ("Ibrahim Diallo", "indirect", "dismissed claims the squad had lost faith in him", "dismissed"),
    ),
    (
        "Dr Anneli Korhonen has rejected reports that the trial had been halted early.",
        ("Anneli Korhonen", "indirect", "rejected reports that the trial had been halted early", "rejected"),
    ),
    (
        "The trainer, Ruth Adeyemi, dismissed speculation the jockey would appeal the ban.",
        ("Ruth Adeyemi", "indirect", "dismissed speculation the jockey would appeal the ban", "dismissed"),
    ),
    (  # a particle verb turns a claim down as well: health, transport, farming
        "Ms Varga has played down fears that the night clinic would shut before winter.",
        ("Varga", "indirect", "played down fears that the night clinic would shut before winter", "played down"),
    ),
    (
        "Mr Oyelaran downplayed concerns that the new tram line would run late.",
        ("Oyelaran", "indirect", "downplayed concerns that the new tram line would run late", "downplayed"),
    ),
    (
        "Tevita Fonua dismissed concerns that the barley harvest had been spoiled.",
        ("Tevita Fonua", "indirect", "dismissed concerns that the barley harvest had been spoiled", "dismissed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REBUTTALS)
def test_rejected_claim_with_its_content_is_a_denial(nlp: Language, text: str, expected) -> None:
    assert said(nlp, text) == [expected]


STANCES = [
    "Mr Kowalski has dismissed all criticism over the council's zoning plan.",
    "Mr Kowalski has rejected the offer that the union tabled.",
    "Senator Ng dismissed the claim.",
    "The judge rejected the report because it was late.",
    "Ms Varga played down the importance of the night clinic.",
    "Mr Oyelaran played down concerns about the tram timetable.",
    "The striker played down his own part in the comeback.",
]


@pytest.mark.parametrize("text", STANCES)
def test_rejection_without_a_spelt_out_claim_is_no_statement(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []
