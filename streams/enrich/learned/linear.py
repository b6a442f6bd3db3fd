"""A logistic model stored as JSON: named features, their weights, a bias and the threshold chosen at fitting.

Features are a mapping of name → value (1.0 for an indicator), so a candidate's features read as a sentence of
facts ("trigger=talks", "sides=2") and a feature the model never saw weighs nothing. Names must come from closed
vocabularies (lexicon entries, labels, counts), never from an article's own words: the weights then say which
kinds of evidence count, not which articles were read.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import orjson

FORMAT = "newswire-linear/1"


@dataclass(frozen=True, slots=True)
class LinearModel:
    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5
    # Where the weights came from (sets, counts, cross-validated scores): kept with them so a reader of the
    # JSON knows what they were fitted on without the training run's log.
    provenance: Mapping[str, Any] = field(default_factory=dict)

    def score(self, features: Mapping[str, float]) -> float:
        """The log-odds; features unknown to the model add nothing."""
        weights = self.weights
        return self.bias + sum(value * weights.get(name, 0.0) for name, value in features.items())

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.score(features)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def accepts(self, features: Mapping[str, float]) -> bool:
        return self.probability(features) >= self.threshold

    def to_json(self) -> bytes:
        body = {
            "format": FORMAT,
            "bias": self.bias,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
            "provenance": dict(self.provenance),
        }
        return orjson.dumps(body, option=orjson.OPT_INDENT_2)

    @classmethod
    def from_json(cls, raw: bytes | str) -> LinearModel:
        body = orjson.loads(raw)
        if body.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} model (format {body.get('format')!r})")
        return cls(
            weights={str(k): float(v) for k, v in body["weights"].items()},
            bias=float(body["bias"]),
            threshold=float(body.get("threshold", 0.5)),
            provenance=body.get("provenance", {}),
        )


@cache
def load_model(name: str) -> LinearModel:
    """A model shipped in this package's `models/` folder, read once per process."""
    raw = resources.files("streams.enrich.learned").joinpath("models", f"{name}.json").read_bytes()
    return LinearModel.from_json(raw)
