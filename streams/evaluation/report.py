"""Runs the core over gold articles and renders the numbers as a table or JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from streams.enrich.model import ToneLabel
from streams.enrich.pipeline import Enricher
from streams.evaluation.gold import load_gold_dir
from streams.evaluation.scoring import ArticleScore, score_article, total

PRF_ROWS = (
    ("statements.direct", "direct quotes"),
    ("statements.indirect", "reported speech"),
    ("statements.all", "all statements"),
    ("statements.quote_speaker", "statements with quote and speaker both right"),
    ("meetings", "meetings"),
    ("meeting_participants", "meeting participants"),
)
ACC_ROWS = (
    ("speaker", "speaker accuracy"),
    ("statement_sentiment", "statement sentiment accuracy"),
    ("meeting_status", "meeting status accuracy"),
    ("meeting_mode", "meeting mode accuracy"),
    ("meeting_location", "meeting location accuracy"),
    ("meeting_date", "meeting date accuracy (where gold is certain)"),
    ("meeting_named_participants", "meeting participants not a bare title where gold names the holder"),
    ("sentiment_polarity", "article polarity accuracy"),
    ("sentiment_label", "article 4-class accuracy"),
)
# The labelled measures whose confusion matrix --verbose prints, and the order of their labels.
CONFUSION_ROWS = (("statement_sentiment", "statement sentiment"), ("sentiment_label", "article sentiment"))
LABELS: tuple[ToneLabel, ...] = ("positive", "negative", "neutral", "mixed")


def evaluate(
    gold_dir: Path,
    enricher: Enricher,
    progress: Callable[[str], None] | None = None,
    half: str | None = None,
) -> list[ArticleScore]:
    scores = []
    for gold in load_gold_dir(gold_dir, half):
        if progress:
            progress(gold.article.id)
        scores.append(score_article(gold, enricher.enrich(gold.article)))
    return scores


def as_dict(scores: list[ArticleScore]) -> dict[str, Any]:
    summed = total(scores)
    out: dict[str, Any] = {"articles": len(scores)}
    for key, _ in PRF_ROWS:
        c = summed.count(key)
        out[key] = {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp,
                    "predicted": c.predicted, "gold": c.gold}
    for key, _ in ACC_ROWS:
        a = summed.acc(key)
        out[key] = {"accuracy": a.value, "right": a.right, "total": a.total}
    out["confusion"] = {
        key: [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(summed.confusion[key].items())]
        for key, _ in CONFUSION_ROWS
        if key in summed.confusion
    }
    out["misses"] = {s.article_id: s.misses for s in scores if s.misses}
    return out


def confusion_rows(summed: ArticleScore, key: str) -> list[list[int]]:
    """Counts of one labelled measure, gold labels down and predicted labels across (LABELS order)."""
    cells = summed.confusion.get(key, Counter())
    return [[cells[(gold, predicted)] for predicted in LABELS] for gold in LABELS]


def _confusion_table(summed: ArticleScore, key: str, title: str) -> Table:
    table = Table(title=f"{title}: gold (rows) by predicted (columns)")
    table.add_column("gold")
    for label in LABELS:
        table.add_column(label, justify="right")
    for gold, row in zip(LABELS, confusion_rows(summed, key), strict=True):
        table.add_row(gold, *map(str, row))
    return table


def render(scores: list[ArticleScore], console: Console, verbose: bool) -> None:
    summed = total(scores)
    table = Table(title=f"newswire eval: {len(scores)} articles")
    for col in ("measure", "P", "R", "F1", "tp/pred/gold"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    for key, label in PRF_ROWS:
        c = summed.count(key)
        table.add_row(label, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", f"{c.tp}/{c.predicted}/{c.gold}")
    for key, label in ACC_ROWS:
        a = summed.acc(key)
        value = "n/a" if a.value is None else f"{a.value:.3f}"
        table.add_row(label, "", "", value, f"{a.right}/{a.total}")
    console.print(table)
    if verbose:
        for key, title in CONFUSION_ROWS:
            if key in summed.confusion:
                console.print(_confusion_table(summed, key, title))
        for s in scores:
            if s.misses:
                console.print(f"[bold]{s.article_id}[/bold]")
                for miss in s.misses:
                    console.print(f"  - {miss}", markup=False, highlight=False)
