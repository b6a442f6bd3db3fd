"""Scores one article's enrichment against its gold, and sums articles into the team's numbers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from streams.enrich.model import Enrichment, Meeting, Participant, Statement
from streams.evaluation.gold import GoldArticle
from streams.evaluation.matching import (
    align,
    coverage,
    is_bare_title,
    location_matches,
    name_matches,
    polarity_agrees,
)

STATEMENT_COVERAGE = 0.5


@dataclass
class Counts:
    """True positives, predictions and gold items: enough for precision, recall and F1."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def record(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def add(self, other: Accuracy) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class ArticleScore:
    """Every count for one article, plus the human-readable misses for --verbose."""

    article_id: str
    counts: dict[str, Counts] = field(default_factory=dict)
    accuracy: dict[str, Accuracy] = field(default_factory=dict)
    # (gold label, predicted label) counts per labelled measure: an accuracy says how often a label
    # is wrong, the confusion says which way (a scorer that calls every report "positive", a
    # neutral band too narrow), which is what a threshold is calibrated against.
    confusion: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def count(self, name: str) -> Counts:
        return self.counts.setdefault(name, Counts())

    def acc(self, name: str) -> Accuracy:
        return self.accuracy.setdefault(name, Accuracy())

    def label(self, name: str, gold: str, predicted: str) -> None:
        """Record a labelled item: its accuracy and its cell of the confusion matrix."""
        self.acc(name).record(gold == predicted)
        self.confusion.setdefault(name, Counter())[(gold, predicted)] += 1


def _speaker_name(s: Statement) -> str | None:
    return s.speaker.name if s.speaker else None


def _score_statements(score: ArticleScore, gold: list[dict[str, Any]], pred: list[Statement]) -> None:
    def cov(g: dict[str, Any], p: Statement) -> float:
        return coverage(g["quote"], p.quote)

    for kind in ("direct", "indirect"):
        g_k = [g for g in gold if g.get("kind") == kind]
        p_k = [p for p in pred if p.kind == kind]
        c = score.count(f"statements.{kind}")
        c.gold, c.predicted = len(g_k), len(p_k)
        c.tp = len(align(g_k, p_k, cov, STATEMENT_COVERAGE))

    pairs = align(gold, pred, cov, STATEMENT_COVERAGE)
    c = score.count("statements.all")
    c.gold, c.predicted, c.tp = len(gold), len(pred), len(pairs)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    both = score.count("statements.quote_speaker")  # the statement is only useful with its speaker
    both.gold, both.predicted = len(gold), len(pred)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        ok = name_matches(g.get("speaker"), _speaker_name(p))
        both.tp += ok
        score.acc("speaker").record(ok)
        if not ok:
            score.misses.append(f"speaker: gold {g.get('speaker')!r} got {_speaker_name(p)!r} for {g['quote'][:70]!r}")
        if g.get("sentiment") and p.tone:
            score.label("statement_sentiment", g["sentiment"], p.tone.label)
            if g["sentiment"] != p.tone.label:
                score.misses.append(
                    f"statement tone: gold {g['sentiment']} got {p.tone.label} for {g['quote'][:70]!r}"
                )
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            score.misses.append(f"statement missed ({g.get('kind')}, {g.get('speaker')!r}): {g['quote'][:90]!r}")
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            score.misses.append(f"statement false hit ({p.kind}, {_speaker_name(p)!r}): {p.quote[:90]!r}")


def _participants_matched(g: dict[str, Any], p: Meeting) -> int:
    names = [x.name for x in p.participants]
    return sum(1 for gn in g["participants"] if any(name_matches(gn, pn) for pn in names))


# Breaks ties between meetings of the same people (a session held, a later one called off): a shared
# status pairs them, so that each one's attributes are judged against its own gold and not its twin's.
# Less than one participant, so it never outweighs who took part.
_SAME_STATUS_BONUS = 0.25


def _meeting_score(g: dict[str, Any], p: Meeting) -> float:
    n = _participants_matched(g, p)
    if not (n >= min(2, len(g["participants"])) and n > 0):
        return 0.0
    return n + (_SAME_STATUS_BONUS if g.get("status") == p.status else 0.0)


def _score_meetings(score: ArticleScore, gold: list[dict[str, Any]], pred: list[Meeting]) -> None:
    pairs = align(gold, pred, _meeting_score, 1.0)
    c = score.count("meetings")
    c.gold, c.predicted, c.tp = len(gold), len(pred), len(pairs)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        for field_name, ok in (
            ("status", g["status"] == p.status),
            ("mode", g["mode"] == p.mode),
            ("location", location_matches(g.get("location"), p.location.name if p.location else None)),
        ):
            score.acc(f"meeting_{field_name}").record(ok)
            if not ok:
                got = {"status": p.status, "mode": p.mode, "location": p.location}[field_name]
                score.misses.append(f"meeting {field_name}: gold {g.get(field_name)!r} got {got!r}")
        if g.get("date"):
            ok = p.date is not None and p.date.iso == g["date"]
            score.acc("meeting_date").record(ok)
            if not ok:
                score.misses.append(f"meeting date: gold {g['date']!r} got {p.date!r}")
        pc = score.count("meeting_participants")
        pc.gold += len(g["participants"])
        pc.predicted += len(p.participants)
        pc.tp += _participants_matched(g, p)
        _score_titles(score, g, p.participants)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            score.misses.append(f"meeting missed: {g['participants']} ({g['status']})")
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            names = [x.name for x in p.participants]
            score.misses.append(f"meeting false hit: {names} ({p.status}): {p.evidence.text[:80]!r}")


def _score_titles(score: ArticleScore, gold: dict[str, Any], predicted: tuple[Participant, ...]) -> None:
    """A participant written as a bare title ("the sports minister") that no gold participant matches stands
    where the annotator wrote a name: gold keeps a role as written only when the article names nobody."""
    for participant in predicted:
        bare = is_bare_title(participant.name)
        wrong = bare and not any(name_matches(gn, participant.name) for gn in gold["participants"])
        score.acc("meeting_named_participants").record(not wrong)
        if wrong:
            score.misses.append(f"meeting participant is a bare title where gold names someone: {participant.name!r}")


def _score_sentiment(score: ArticleScore, gold: dict[str, Any] | None, enrichment: Enrichment) -> None:
    pred = enrichment.sentiment
    if not gold or pred is None:
        return
    ok_polarity = polarity_agrees(gold["label"], float(gold["score"]), pred.label, pred.score)
    score.acc("sentiment_polarity").record(ok_polarity)
    score.label("sentiment_label", gold["label"], pred.label)
    if not (ok_polarity and gold["label"] == pred.label):
        score.misses.append(
            f"sentiment: gold {gold['label']} {gold['score']:+.2f} got {pred.label} {pred.score:+.2f}"
        )


def score_article(gold: GoldArticle, enrichment: Enrichment) -> ArticleScore:
    score = ArticleScore(article_id=gold.article.id)
    _score_statements(score, gold.statements, enrichment.statements)
    _score_meetings(score, gold.meetings, enrichment.meetings)
    _score_sentiment(score, gold.sentiment, enrichment)
    return score


def total(scores: list[ArticleScore]) -> ArticleScore:
    summed = ArticleScore(article_id="ALL")
    for s in scores:
        for name, c in s.counts.items():
            summed.count(name).add(c)
        for name, a in s.accuracy.items():
            summed.acc(name).add(a)
        for name, cells in s.confusion.items():
            summed.confusion.setdefault(name, Counter()).update(cells)
    return summed
