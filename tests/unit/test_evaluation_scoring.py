"""The eval's statement rows (a statement counts for 'quote and speaker both right' only with its
speaker) and the confusion of its labelled measures."""

from __future__ import annotations

import dataclasses
from collections import Counter

from streams.enrich.model import Evidence, Meeting, MeetingStatus, Participant, Span, Speaker, Statement, Tone
from streams.evaluation.report import LABELS, as_dict, confusion_rows
from streams.evaluation.scoring import ArticleScore, _score_meetings, _score_statements, total


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


def meeting(status: MeetingStatus, *names: str) -> Meeting:
    return Meeting(
        tuple(Participant(n, kind="organization") for n in names), None, None, "unknown", status,
        Evidence("", 0, 0), 1.0,
    )


def test_meetings_of_the_same_sides_pair_by_status_not_by_order() -> None:
    sides = ["Harbour Pilots Union", "Keel Shipping"]
    gold = [
        {"participants": sides, "status": "held", "mode": "unknown"},
        {"participants": sides, "status": "cancelled", "mode": "unknown"},
    ]
    score = ArticleScore("t")
    _score_meetings(score, gold, [meeting("cancelled", *sides), meeting("held", *sides)])
    status = score.acc("meeting_status")
    assert (score.count("meetings").tp, status.right, status.total) == (2, 2, 2)


def test_who_took_part_outweighs_a_shared_status() -> None:
    gold = [{"participants": ["Ana Ruiz", "Mara Quill", "Tomas Lind"], "status": "held", "mode": "unknown"}]
    score = ArticleScore("t")
    _score_meetings(score, gold, [meeting("held", "Ruiz", "Quill"), meeting("planned", "Ruiz", "Quill", "Lind")])
    assert score.count("meeting_participants").tp == 3
    assert score.acc("meeting_status").right == 0


def test_a_title_standing_where_gold_names_the_holder_is_counted() -> None:
    gold = [{"participants": ["Tove Aalto", "Kwame Mensah"], "status": "held", "mode": "unknown"}]
    named = ArticleScore("named")
    _score_meetings(named, gold, [meeting("held", "Tove Aalto", "Kwame Mensah")])
    titled = ArticleScore("titled")
    _score_meetings(titled, gold, [meeting("held", "Tove Aalto", "Kwame Mensah", "the forestry minister")])
    assert (named.acc("meeting_named_participants").right, named.acc("meeting_named_participants").total) == (2, 2)
    assert (titled.acc("meeting_named_participants").right, titled.acc("meeting_named_participants").total) == (2, 3)
    role_as_written = ArticleScore("role")
    _score_meetings(role_as_written, [{"participants": ["Tove Aalto", "the forestry minister"], "status": "held",
                                       "mode": "unknown"}], [meeting("held", "Tove Aalto", "the forestry minister")])
    assert role_as_written.acc("meeting_named_participants").right == 2


def test_labelled_measures_keep_which_way_they_were_wrong_across_articles() -> None:
    first, second = ArticleScore("a"), ArticleScore("b")
    first.label("sentiment_label", "neutral", "positive")
    first.label("statement_sentiment", "negative", "negative")
    second.label("sentiment_label", "neutral", "positive")
    second.label("sentiment_label", "mixed", "mixed")
    summed = total([first, second])
    assert summed.confusion["sentiment_label"] == Counter({("neutral", "positive"): 2, ("mixed", "mixed"): 1})
    assert summed.confusion["statement_sentiment"] == Counter({("negative", "negative"): 1})
    article = summed.acc("sentiment_label")
    assert (article.right, article.total) == (1, 3)


def test_the_report_lays_the_confusion_out_gold_by_predicted() -> None:
    score = ArticleScore("a")
    score.label("sentiment_label", "neutral", "positive")
    score.label("sentiment_label", "negative", "negative")
    rows = dict(zip(LABELS, confusion_rows(score, "sentiment_label"), strict=True))
    assert rows == {"positive": [0, 0, 0, 0], "negative": [0, 1, 0, 0], "neutral": [1, 0, 0, 0], "mixed": [0, 0, 0, 0]}
    assert as_dict([score])["confusion"]["sentiment_label"] == [
        {"gold": "negative", "predicted": "negative", "count": 1},
        {"gold": "neutral", "predicted": "positive", "count": 1},
    ]


def test_a_statement_tone_miss_is_listed_with_its_quote() -> None:
    gold = [
        {"quote": "the harvest was lost", "kind": "indirect", "speaker": "Ana Ruiz", "sentiment": "negative"},
        {"quote": "prices will fall", "kind": "indirect", "speaker": "Ana Ruiz", "sentiment": "positive"},
    ]
    pred = [
        dataclasses.replace(statement("the harvest was lost", "Ruiz"), tone=Tone("neutral", 0.0)),
        dataclasses.replace(statement("prices will fall", "Ruiz"), tone=Tone("positive", 0.3)),
    ]
    score = ArticleScore("t")
    _score_statements(score, gold, pred)
    assert score.misses == ["statement tone: gold negative got neutral for 'the harvest was lost'"]
