"""Side by side: plain VADER vs Newswire's sentence-based news scorer, on any annotated folders.

Run from the repository root with the venv active:
    python bench/sentiment_vs_vader.py ../shared/eval/dev eval/samples eval/dev2
    python bench/sentiment_vs_vader.py --sensitivity ../shared/eval/dev eval/samples eval/dev2

Per annotated article it prints the gold label and score, VADER's compound over the whole text (the
usual baseline, which saturates on long texts) and Newswire's label and score, then the polarity
and 4-class accuracy of both. VADER has no "mixed" label, so its compound is read with its
documented cut-off (|compound| < 0.05 neutral) and only the polarity column is fair to it.

Statement tone is measured on the gold quotes themselves, located in the text, so the number does
not move when the statement extractor finds more or fewer statements (`newswire eval` measures it
on the extracted ones). VADER gets the quote's words; Newswire gets the quote's span of the parse.

`--sensitivity` moves each threshold of `tone.py` alone (the article thresholds and the statement
band) and prints the accuracies on every folder given, so a change of rule can be checked for how
much it leans on one value and on one annotator.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, normalize

from streams.enrich.extractors.sentiment import article_sentiment, span_tone, tone
from streams.enrich.model import Span
from streams.enrich.nlp import ParsedArticle, load_nlp, parse
from streams.evaluation.gold import GoldArticle, load_gold_dir

NEUTRAL_BELOW = 0.05


def sign(score: float) -> int:
    return 0 if abs(score) < NEUTRAL_BELOW else (1 if score > 0 else -1)


def vader_label(compound: float) -> str:
    return {0: "neutral", 1: "positive", -1: "negative"}[sign(compound)]


def polarity_ok(gold: dict, label: str, score: float) -> bool:
    return (gold["label"] == "mixed" and label == "mixed") or sign(gold["score"]) == sign(score)


def quote_span(text: str, quote: str) -> Span | None:
    """Where a gold quote sits in the text; a quote split by its attribution spans both parts.

    Gold joins the parts of a split quote with a space, so the quote is matched greedily, longest
    run of its words first, and the span runs from the first part to the last.
    """
    words, pos, found = quote.split(), 0, []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            fragment = " ".join(words[i:j]).rstrip(",")
            at = text.find(fragment, pos)
            if fragment and at >= 0:
                found.append((at, at + len(fragment)))
                pos, i = at + len(fragment), j
                break
        else:
            i += 1
    return Span(found[0][0], found[-1][1]) if found else None


@dataclass
class Annotated:
    gold: GoldArticle
    parsed: ParsedArticle
    quotes: list[tuple[str, str, Span]]  # gold label, quote, its span in the text


def load(folders: list[str]) -> Iterator[tuple[str, list[Annotated]]]:
    nlp = load_nlp()
    for folder in folders:
        rows = []
        for gold in load_gold_dir(Path(folder)):
            if not gold.sentiment:
                continue
            quotes = []
            for statement in gold.statements:
                span = quote_span(gold.article.text, statement["quote"])
                if statement.get("sentiment") and span is not None:
                    quotes.append((statement["sentiment"], statement["quote"], span))
            rows.append(Annotated(gold, parse(gold.article, nlp), quotes))
        yield folder, rows


def side_by_side(folder: str, rows: list[Annotated], vader: SentimentIntensityAnalyzer) -> None:
    hits = {"vader_pol": 0, "vader_4c": 0, "nw_pol": 0, "nw_4c": 0, "vader_st": 0, "nw_st": 0}
    statements = 0
    print(f"\n== {folder}")
    print(f"{'article':44} {'gold':>15} {'VADER whole text':>22} {'Newswire':>17}")
    for row in rows:
        gold = row.gold.sentiment
        compound = vader.polarity_scores(row.gold.article.text)["compound"]
        ours = article_sentiment(row.parsed)
        hits["vader_pol"] += polarity_ok(gold, vader_label(compound), compound)
        hits["vader_4c"] += gold["label"] == vader_label(compound)
        hits["nw_pol"] += polarity_ok(gold, ours.label, ours.score)
        hits["nw_4c"] += gold["label"] == ours.label
        print(
            f"{row.gold.article.id[:44]:44} {gold['label']:>9} {gold['score']:+.2f}"
            f" {vader_label(compound):>15} {compound:+.3f} {ours.label:>9} {ours.score:+.3f}"
        )
        for label, quote, span in row.quotes:
            statements += 1
            hits["vader_st"] += label == vader_label(vader.polarity_scores(quote)["compound"])
            hits["nw_st"] += label == span_tone(row.parsed, span).label
    n = len(rows)
    print(f"polarity accuracy   VADER {hits['vader_pol']}/{n}   Newswire {hits['nw_pol']}/{n}")
    print(f"4-class accuracy    VADER {hits['vader_4c']}/{n}   Newswire {hits['nw_4c']}/{n}")
    print(
        f"statement tone on gold quotes   VADER {hits['vader_st']}/{statements}"
        f"   Newswire {hits['nw_st']}/{statements}"
    )


def accuracies(rows: list[Annotated]) -> str:
    pol = four = right = total = 0
    for row in rows:
        gold, ours = row.gold.sentiment, article_sentiment(row.parsed)
        pol += polarity_ok(gold, ours.label, ours.score)
        four += gold["label"] == ours.label
        for label, _, span in row.quotes:
            right, total = right + (label == span_tone(row.parsed, span).label), total + 1
    return f"pol {pol}/{len(rows)} 4c {four}/{len(rows)} st {right}/{total}"


# Each threshold of tone.py with the values tried around it; the strong-sentence floor is given
# as a valence, as its comment in tone.py gives it.
SETTINGS = {
    "NEUTRAL_WEIGHT": [0.0, 0.25, 0.5, 0.75, 1.0],
    "MIXED_BALANCE": [0.4, 0.5, 0.6, 0.67],
    "MIXED_STRONG_SENTENCE": [0.0, 1.0, 1.5, 2.0, 2.5, 3.0],
    "LABEL_THRESHOLD": [0.05, 0.075, 0.1, 0.125, 0.15],
    "STATEMENT_THRESHOLD": [0.05, 0.1, 0.15, 0.2, 0.25, 0.3],
}


def sensitivity(sets: list[tuple[str, list[Annotated]]]) -> None:
    print(f"\n{'setting':34}" + "".join(f"{Path(f).name:>28}" for f, _ in sets))
    for name, values in SETTINGS.items():
        default = getattr(tone, name)
        for value in values:
            setattr(tone, name, normalize(value) if name == "MIXED_STRONG_SENTENCE" and value else value)
            cells = "".join(f"{accuracies(rows):>28}" for _, rows in sets)
            print(f"{name + ' = ' + str(value):34}{cells}")
        setattr(tone, name, default)


def main(args: list[str]) -> None:
    sweep = "--sensitivity" in args
    folders = [a for a in args if a != "--sensitivity"] or ["../shared/eval/dev"]
    sets = list(load(folders))
    if sweep:
        sensitivity(sets)
        return
    vader = SentimentIntensityAnalyzer()
    for folder, rows in sets:
        side_by_side(folder, rows, vader)


if __name__ == "__main__":
    main(sys.argv[1:])
