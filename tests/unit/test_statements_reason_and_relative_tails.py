"""Two tails the parse cuts off a reported clause: a reason that itself reports someone ("A because Y had said
B") and a relative tail hung on the cue ("A, the oldest of whom ..., X said")."""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in found]


def test_a_reason_that_reports_someone_stays_in_the_statement_and_is_their_statement_too(nlp: Language) -> None:
    text = "Union leader Bo Hart said the bridge was closed because Kell Group had said it was unsafe."
    assert run(nlp, text) == [
        ("the bridge was closed because Kell Group had said it was unsafe", "Bo Hart"),
        ("it was unsafe", "Kell Group"),
    ]


def test_a_fronted_report_keeps_its_reported_reason(nlp: Language) -> None:
    text = "The pay talks were halted because Kell Group had told staff it meant to sell the club, Bo Hart said."
    quotes = [quote for quote, _ in run(nlp, text)]
    assert quotes[0] == "The pay talks were halted because Kell Group had told staff it meant to sell the club"


def test_a_second_voice_set_beside_the_report_is_still_split_off(nlp: Language) -> None:
    text = "Dr Ana Vell said the ward closed while the council said it would stay open."
    assert [quote for quote, _ in run(nlp, text)] == ["the ward closed", "it would stay open"]


def test_a_relative_tail_hung_on_the_cue_goes_on_with_the_report(nlp: Language) -> None:
    report = "The town has drawn up five budget plans since 1998, the newest of which was shelved in May last year"
    assert run(nlp, f"{report}, Ilsa Fenn said.") == [(report, "Ilsa Fenn")]


def test_a_second_clause_without_a_relative_word_is_not_joined(nlp: Language) -> None:
    text = "The town has drawn up five budget plans since 1998, the last one was dropped in May, Ilsa Fenn said."
    assert [quote for quote, _ in run(nlp, text)] == ["The town has drawn up five budget plans since 1998"]
