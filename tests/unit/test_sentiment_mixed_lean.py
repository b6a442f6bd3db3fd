"""A story labelled "mixed" still leans: its score is kept at VADER's cut-off on its mean's side (tone.MIXED_LEAN)."""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import article_sentiment, tone
from streams.enrich.extractors.sentiment.article import placed_sentences
from streams.enrich.extractors.sentiment.lead import lead_tone
from streams.enrich.extractors.sentiment.part_score import PartScore
from streams.enrich.extractors.sentiment.tone import Placed, Role, article_tone, mixed_score, weighted_mean
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def placed(role: Role, positive: float = 0.0, negative: float = 0.0, quoted: bool = False) -> Placed:
    return Placed(PartScore(positive, negative, clause=True), role, quoted)


def test_a_mixed_story_keeps_the_side_its_mean_leans_to():
    # two good sentences and two bad ones, the bad a little stronger, among plain facts
    sentences = [
        placed("lede"), placed("body", 2.0), placed("body", negative=1.6), placed("body", 1.8),
        placed("body", negative=1.5), placed("body"), placed("body"),
    ]
    result = article_tone(sentences)
    assert result.label == "mixed"
    assert weighted_mean(sentences) < 0
    assert result.score <= -tone.SENTENCE_THRESHOLD


def test_a_mixed_story_leaning_the_good_way_scores_above_the_cut_off():
    sentences = [
        placed("lede"), placed("body", 2.5), placed("body", negative=1.4), placed("body", 2.2),
        placed("body", negative=1.2, quoted=True), placed("body"),
    ]
    result = article_tone(sentences)
    assert result.label == "mixed"
    assert result.score >= tone.SENTENCE_THRESHOLD


def test_a_story_with_two_sides_at_its_top_is_scored_by_its_lean():
    # the headline joins good news and bad about evenly: mixed whatever the body says
    sentences = [placed("headline", 2.0, 1.4), placed("lede"), placed("body", negative=0.8), placed("body")]
    result = lead_tone(sentences)
    assert result.label == "mixed"
    assert result.score <= -tone.SENTENCE_THRESHOLD


def test_a_polar_story_keeps_its_own_score():
    # the floor is for "mixed" only: a positive report keeps its calibrated mean
    sentences = [placed("lede", 2.0), placed("body", 1.5), placed("body"), placed("body")]
    assert article_tone(sentences).label == "positive"
    assert article_tone(sentences).score == pytest.approx(tone._calibrated(weighted_mean(sentences)), abs=1e-4)


def test_no_lean_stays_no_lean():
    assert mixed_score(0.0) == 0.0
    assert mixed_score(-0.01) == -tone.SENTENCE_THRESHOLD
    assert mixed_score(0.3) == 0.3


# Invented stories with one good and one bad piece of news told by the reporter and a voice quoted on
# each side: "mixed", their mean close to zero, which the score used to report as no side at all.
EVEN_NEWS = {
    "business": (
        "The brewery published its annual results on Monday.\n\n"
        "Sales rose in the export markets. Profits fell sharply at home. "
        "The firm employs 900 people in three towns. Its accounts were filed in March. "
        '"We are proud of our new beers," said the chief executive, Ingrid Halvorsen. '
        '"Costs are a serious problem," said the finance director, Bongani Dlamini.'
    ),
    "science": (
        "The space agency gave an update on its probe on Thursday.\n\n"
        "The probe's radar works well. Its main camera failed in July. "
        "The probe was launched four years ago from a site in the desert. It carries nine instruments. "
        '"The team is brilliant," said the mission chief, Yuki Tanaka. '
        '"The loss of the camera is a painful blow," said the deputy, Carlos Mendoza.'
    ),
    "local politics": (
        "The council met on Wednesday evening.\n\n"
        "The new library won praise from residents. The swimming pool closed after storm damage. "
        "The council has 41 members and meets every month. The budget is set in February. "
        '"This is a great day for readers," said the mayor, Fatima Zahra Benali. '
        '"The pool closure is a terrible loss," said the councillor, Piotr Kowalczyk.'
    ),
    "sport": (
        "The club reported on its season on Sunday.\n\n"
        "The women's team won the cup. The men's team was relegated after a poor season. "
        "The club was founded in 1902 and plays at a ground by the river. Its chairman is elected each year. "
        '"I am delighted for the players," said the coach, Aroha Ngata. '
        '"Relegation is a bitter disappointment," said the captain, Dmitri Volkov.'
    ),
}


@pytest.mark.parametrize("beat", sorted(EVEN_NEWS))
def test_a_mixed_article_is_scored_on_the_side_it_leans_to(nlp, beat):
    parsed = parse(Article(id="t", text=EVEN_NEWS[beat]), nlp)
    spans = [s.span for s in extract_statements(parsed)]
    result, mean = article_sentiment(parsed, spans), weighted_mean(placed_sentences(parsed, spans))
    assert result.label == "mixed"
    assert abs(mean) < tone.ARTICLE_THRESHOLD  # inside the neutral band: without the floor, "no side"
    assert result.score * mean > 0
    assert abs(result.score) >= tone.SENTENCE_THRESHOLD
