"""An act cue with its object ("urged X to Y", "called on X to Y") followed by ", saying B": the act is one
statement and B, reported by its own participle, another, both the subject's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    found: list[Statement] = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in found]


@pytest.mark.parametrize("cue", ["urged", "called on"])
def test_act_and_appended_report_are_two_statements(nlp: Language, cue: str) -> None:
    text = f"Mayor Ilsa Fenn {cue} the council to fund the ferry repairs, saying the pier was unsafe."
    assert run(nlp, text) == [
        (f"{cue} the council to fund the ferry repairs", "Ilsa Fenn"),
        ("the pier was unsafe", "Ilsa Fenn"),
    ]


def test_act_keeps_its_statement_beside_an_appended_quotation(nlp: Language) -> None:
    text = 'Dr Ada Brell called on parents to book the booster, saying, "Winter is close."'
    assert run(nlp, text) == [
        ("called on parents to book the booster", "Ada Brell"),
        ("Winter is close.", "Ada Brell"),
    ]


def test_participle_that_reports_nothing_stays_with_the_act(nlp: Language) -> None:
    text = "Mayor Ilsa Fenn urged the council to fund the ferry repairs, citing rising costs."
    assert run(nlp, text) == [("urged the council to fund the ferry repairs, citing rising costs", "Ilsa Fenn")]
