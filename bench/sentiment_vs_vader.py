"""Side by side: plain VADER on the whole text vs Newswire's sentence-based news scorer.

Run from the repository root with the venv active:
    python bench/sentiment_vs_vader.py ../shared/eval/dev

Prints, per annotated article, the gold label and score, VADER's compound over the whole text
(the usual baseline, which saturates on long texts) and Newswire's label and score, then the
polarity and 4-class accuracy of both. VADER has no "mixed" label, so its compound is read with its
documented cut-off (|compound| < 0.05 neutral) and only the polarity column is fair to it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from streams.enrich.extractors.sentiment import article_sentiment
from streams.enrich.nlp import load_nlp, parse
from streams.evaluation.gold import load_gold_dir

NEUTRAL_BELOW = 0.05


def sign(score: float) -> int:
    return 0 if abs(score) < NEUTRAL_BELOW else (1 if score > 0 else -1)


def vader_label(compound: float) -> str:
    return {0: "neutral", 1: "positive", -1: "negative"}[sign(compound)]


def polarity_ok(gold: dict, label: str, score: float) -> bool:
    return (gold["label"] == "mixed" and label == "mixed") or sign(gold["score"]) == sign(score)


def main(folder: str) -> None:
    vader = SentimentIntensityAnalyzer()
    nlp = load_nlp()
    rows = [g for g in load_gold_dir(Path(folder)) if g.sentiment]
    hits = {"vader_pol": 0, "vader_4c": 0, "nw_pol": 0, "nw_4c": 0}
    print(f"{'article':44} {'gold':>15} {'VADER whole text':>22} {'Newswire':>17}")
    for gold_article in rows:
        gold = gold_article.sentiment
        compound = vader.polarity_scores(gold_article.article.text)["compound"]
        ours = article_sentiment(parse(gold_article.article, nlp))
        hits["vader_pol"] += polarity_ok(gold, vader_label(compound), compound)
        hits["vader_4c"] += gold["label"] == vader_label(compound)
        hits["nw_pol"] += polarity_ok(gold, ours.label, ours.score)
        hits["nw_4c"] += gold["label"] == ours.label
        print(
            f"{gold_article.article.id[:44]:44} {gold['label']:>9} {gold['score']:+.2f}"
            f" {vader_label(compound):>15} {compound:+.3f} {ours.label:>9} {ours.score:+.3f}"
        )
    n = len(rows)
    print(f"\npolarity accuracy   VADER {hits['vader_pol']}/{n}   Newswire {hits['nw_pol']}/{n}")
    print(f"4-class accuracy    VADER {hits['vader_4c']}/{n}   Newswire {hits['nw_4c']}/{n}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/dev")
