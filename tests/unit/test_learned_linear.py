"""The shipped linear models: JSON round trip, scoring, and a fit whose held-out scores reflect a real signal."""

from __future__ import annotations

import random

import pytest

from streams.enrich.learned import LinearModel
from streams.evaluation.training import Example, fit


def test_round_trip_keeps_weights_threshold_and_provenance() -> None:
    model = LinearModel(weights={"trigger=talks": 1.5, "sides": -0.25}, bias=-0.5, threshold=0.4,
                        provenance={"sets": ["a"]})
    again = LinearModel.from_json(model.to_json())
    assert again == model


def test_unknown_features_weigh_nothing() -> None:
    model = LinearModel(weights={"a": 2.0}, bias=-1.0)
    assert model.score({"a": 1.0, "never_seen": 5.0}) == pytest.approx(1.0)
    assert model.probability({"a": 1.0}) == pytest.approx(0.7310586, rel=1e-6)
    assert model.accepts({"a": 1.0}) and not model.accepts({})


def test_other_formats_are_refused() -> None:
    with pytest.raises(ValueError, match="not a newswire-linear/1 model"):
        LinearModel.from_json(b'{"format": "other", "weights": {}, "bias": 0}')


def test_fit_learns_the_signal_and_scores_it_on_held_out_articles() -> None:
    rng = random.Random(7)
    examples = []
    for article in range(100):
        for _ in range(10):
            signal = rng.random() < 0.5
            noise = rng.random() < 0.5
            label = signal if rng.random() < 0.9 else not signal
            examples.append(Example({"signal": float(signal), "noise": float(noise)}, label, f"a{article}"))
    model = fit(examples, provenance={"sets": ["invented"]})
    assert model.weights["signal"] > 2.0
    assert abs(model.weights.get("noise", 0.0)) < model.weights["signal"] / 5
    held_out = model.provenance["held_out"]
    assert held_out["f1"] > 0.8 and model.provenance["articles"] == 100
    assert model.provenance["sets"] == ["invented"]


def test_fit_needs_both_labels() -> None:
    with pytest.raises(ValueError, match="both"):
        fit([Example({"x": 1.0}, True, "a"), Example({"x": 0.0}, True, "b")])
