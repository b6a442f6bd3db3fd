"""A wire sign-off closing the last paragraph ("... she said. ENDS") leaves the paragraph's statements in place;
a headline with a Title-case kicker after it stays a headline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[Statement]:
    return extract_statements(parse(Article(id="t", text=text), nlp))


@pytest.mark.parametrize("tag", ["ENDS", "ends", "-30-", "###"])
def test_reported_clause_before_a_sign_off_is_kept(nlp: Language, tag: str) -> None:
    text = (
        "The ferry line added a second boat in June.\n\n"
        f"Earlier, Orla Venmark said that bookings for the winter crossings had doubled. {tag}"
    )
    found = [(s.kind, s.quote, s.speaker.name if s.speaker else None) for s in run(nlp, text)]
    assert found == [("indirect", "bookings for the winter crossings had doubled", "Orla Venmark")]


def test_quote_and_trailing_report_before_a_sign_off_are_kept(nlp: Language) -> None:
    last = '"Orders will pick up in the spring," one trader said. Most of the cuts fell on night staff, '
    statements = run(nlp, f"The mill cut a shift last week.\n\n{last}Dunmore's Teska said. ENDS")
    assert [(s.kind, s.quote) for s in statements] == [
        ("direct", "Orders will pick up in the spring,"),
        ("indirect", "Most of the cuts fell on night staff"),
    ]
    assert statements[1].speaker is not None and statements[1].speaker.name == "Teska"


def test_headline_with_a_kicker_stays_a_headline(nlp: Language) -> None:
    assert run(nlp, "Tolvar says the harbour toll will rise. Watch\n\nThe harbour board met on Friday.") == []
