"""The eval's statement rows: a statement counts for 'quote and speaker both right' only with its speaker."""

from __future__ import annotations

from streams.enrich.model import Span, Speaker, Statement
from streams.evaluation.scoring import ArticleScore, _score_statements


def statement(quote: str, speaker: str | None) -> Statement:
    return Statement(Speaker(speaker) if speaker else None, quote, "indirect", "said", Span(0, len(quote)))


def test_quote_and_speaker_both_right_counts_only_statements_with_the_right_speaker() -> None:
    gold = [
        {"quote": "the harvest was lost", "kind": "indirect", "speaker": "Ana Ruiz"},
        {"quote": "prices will rise next year", "kind": "indirect", "speaker": "Mara Quill"},
        {"quote": "the bridge will reopen", "kind": "indirect", "speaker": None},
    ]
    pred = [
        statement("the harvest was lost", "Ruiz"),
        statement("prices will rise next year", "Pedro Salas"),
        statement("an unrelated claim", "Ana Ruiz"),
    ]
    score = ArticleScore("t")
    _score_statements(score, gold, pred)
    both, found = score.count("statements.quote_speaker"), score.count("statements.all")
    assert (found.tp, found.predicted, found.gold) == (2, 3, 3)
    assert (both.tp, both.predicted, both.gold) == (1, 3, 3)
    assert both.f1 == 1 / 3
