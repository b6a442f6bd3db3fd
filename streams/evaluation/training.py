"""Fits a `LinearModel` from labelled candidates, with the scores it would get on articles it was not fitted on.

Candidates come from annotated articles; all candidates of one article share a group, and the threshold and the
reported scores come from grouped cross-validation (no article is in the fold it is scored on), so the numbers
written into the model's provenance are out-of-article estimates, not the fit's own.

scikit-learn is imported here only: a `dev` dependency (fitting is offline work), not a run-time one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from streams.enrich.learned import LinearModel


@dataclass(frozen=True, slots=True)
class Example:
    features: Mapping[str, float]
    label: bool
    group: str  # the article's id: folds never split an article


def _pipeline(c: float) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(DictVectorizer(), LogisticRegression(C=c, max_iter=2000))


def _f1(probabilities: Sequence[float], labels: Sequence[bool], threshold: float) -> tuple[float, float, float]:
    tp = sum(1 for p, y in zip(probabilities, labels, strict=True) if p >= threshold and y)
    predicted = sum(1 for p in probabilities if p >= threshold)
    gold = sum(labels)
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def fit(
    examples: Sequence[Example], *, c: float = 1.0, folds: int = 5, provenance: Mapping[str, Any] | None = None
) -> LinearModel:
    """Weights from all examples; threshold = the one that maximises F1 on held-out folds."""
    from sklearn.model_selection import GroupKFold

    if len({e.label for e in examples}) < 2:
        raise ValueError("training needs both accepted and rejected candidates")
    features = [dict(e.features) for e in examples]
    labels = [e.label for e in examples]
    groups = [e.group for e in examples]
    held_out = [0.0] * len(examples)
    n_folds = min(folds, len(set(groups)))
    for train, test in GroupKFold(n_splits=n_folds).split(features, labels, groups):
        if len({labels[i] for i in train}) < 2:
            continue
        model = _pipeline(c).fit([features[i] for i in train], [labels[i] for i in train])
        for i, p in zip(test, model.predict_proba([features[i] for i in test])[:, 1], strict=True):
            held_out[i] = float(p)
    candidates = sorted({round(p, 3) for p in held_out} | {0.5})
    threshold = max(candidates, key=lambda t: (_f1(held_out, labels, t)[2], -abs(t - 0.5)))
    precision, recall, f1 = _f1(held_out, labels, threshold)
    final = _pipeline(c).fit(features, labels)
    vectorizer, regression = final.named_steps["dictvectorizer"], final.named_steps["logisticregression"]
    weights = {
        name: round(float(w), 6)
        for name, w in zip(vectorizer.get_feature_names_out(), regression.coef_[0], strict=True)
        if abs(w) >= 1e-6
    }
    return LinearModel(
        weights=weights,
        bias=round(float(regression.intercept_[0]), 6),
        threshold=threshold,
        provenance={
            **dict(provenance or {}),
            "examples": len(examples),
            "positives": sum(labels),
            "articles": len(set(groups)),
            "c": c,
            "held_out": {"folds": n_folds, "precision": round(precision, 3), "recall": round(recall, 3),
                         "f1": round(f1, 3)},
        },
    )
