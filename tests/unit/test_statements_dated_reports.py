"""A report subordinated to date the reported event ("A after Y said B") stays in the first statement and is
a statement of its own; one set beside it ("while Y said B") is a second voice and stays out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in found]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (  # labour
            "The Teachers Federation said it accepted the pay offer after the board said the money "
            "would come from reserves.",
            "it accepted the pay offer after the board said the money would come from reserves",
            "the money would come from reserves",
        ),
        (  # sport
            "Coach Rian Dolt said he dropped the striker before the club confirmed the transfer was agreed.",
            "he dropped the striker before the club confirmed the transfer was agreed",
            "the transfer was agreed",
        ),
        (  # science
            "Professor Ines Waal said the trial was paused until the regulator confirmed the doses were safe.",
            "the trial was paused until the regulator confirmed the doses were safe",
            "the doses were safe",
        ),
    ],
)
def test_dated_report_stays_in_the_first_and_stands_alone(nlp: Language, text: str, outer: str, inner: str) -> None:
    quotes = [q for q, _ in run(nlp, text)]
    assert outer in quotes
    assert inner in quotes


def test_second_voice_set_beside_stays_out(nlp: Language) -> None:
    """Must not fire: "while" sets a second speaker beside the first."""
    text = "Mayor Dora Klim said taxes would rise while the opposition said they would fall."
    quotes = [q for q, _ in run(nlp, text)]
    assert quotes == ["taxes would rise", "they would fall"]


def test_report_dating_an_act_stays_out_of_the_act(nlp: Language) -> None:
    """Must not fire: beside an act ("urged ..., after Y said B") the report dates the act, nothing said."""
    text = "Councillor Pim Vasser urged residents to save water after the utility said the reservoir was low."
    quotes = [q for q, _ in run(nlp, text)]
    assert "the reservoir was low" in quotes
    assert not any("after" in q for q in quotes)
