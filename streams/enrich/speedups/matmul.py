"""Which library multiplies the model's matrices: chosen per machine, by measuring both.

thinc multiplies with blis by default. NumPy's OpenBLAS gives the same annotations (the
products differ only in rounding far below what moves a tag, an arc or an entity; checked
token by token in tests/unit/test_nlp_speed.py), and which of the two is faster depends on
the CPU: on the machine of 28 Nov blis parsed an article in 57 ms CPU against OpenBLAS's 95,
on the AMD EPYC of 3 Dec OpenBLAS took 43 ms against blis's 68 (docs/performance.md). So when
the model is loaded it parses a short text with each and keeps the faster, unless
`NEWSWIRE_MATMUL` fixes the choice (for instance to give every worker of a mixed fleet the
same arithmetic).

OpenBLAS runs with one thread: each worker and enrichment process has its own core, and
OpenBLAS's extra threads wait busily, which cost ~1.7x the CPU time for the same parse.
"""

from __future__ import annotations

import os
import time
from typing import Literal

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

MATMUL_ENV = "NEWSWIRE_MATMUL"
Choice = Literal["blis", "openblas"]
CHOICES: tuple[str, ...] = ("auto", "blis", "openblas")
ROUNDS = 3
# OpenBLAS is kept only when clearly faster: blis is thinc's default, the arithmetic of the stock model.
MARGIN = 0.9
# An invented paragraph of news-like text: names, numbers, quotes and clauses, ~120 tokens.
CALIBRATION_TEXT = (
    "The harbour authority said on Tuesday that it would review the fees it charges ferry operators, "
    "after two companies warned of cancelled routes. \"We are listening, and we will decide by June,\" "
    "its chair, Ilse Marwood, told reporters in Portvale. Operators carried 1.2 million passengers last "
    "year, 8 percent fewer than the year before, according to figures the authority published. The "
    "regional council, which owns a third of the port, has asked for a meeting with both companies "
    "before the review begins, and a union representing deck crews said it would take part."
)


class InvalidMatmulSetting(ValueError):
    """`NEWSWIRE_MATMUL` is not one of auto, blis, openblas."""


def matmul_from_env() -> str:
    """The configured choice; an unknown value is an error at start, not a silent default."""
    raw = os.environ.get(MATMUL_ENV, "").strip().lower() or "auto"
    if raw not in CHOICES:
        raise InvalidMatmulSetting(f"{MATMUL_ENV} must be one of {', '.join(CHOICES)}, not {raw!r}")
    return raw


def _use(nlp: Language, ops: NumpyOps) -> None:
    """Rebinds every layer of every trained component: ops are fixed on each layer when it is built."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops


def _cost(nlp: Language, docs: int = 4) -> float:
    started = time.process_time()
    for _ in nlp.pipe([CALIBRATION_TEXT] * docs):
        pass
    return time.process_time() - started


def faster(nlp: Language) -> Choice:
    """The library that parses the calibration text in less CPU time (best of a few alternating rounds)."""
    best: dict[Choice, float] = {"blis": float("inf"), "openblas": float("inf")}
    ops: dict[Choice, NumpyOps] = {"blis": NumpyOps(use_blis=True), "openblas": NumpyOps(use_blis=False)}
    _cost(nlp, docs=1)  # first use: lazy allocations, not the arithmetic
    for _ in range(ROUNDS):
        for choice in best:
            _use(nlp, ops[choice])
            best[choice] = min(best[choice], _cost(nlp))
    return "openblas" if best["openblas"] < MARGIN * best["blis"] else "blis"


def matmul_of(nlp: Language) -> Choice:
    """What the model's layers multiply with now (for reports: the benchmark's JSON)."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "ops"):
            return "blis" if getattr(model.ops, "use_blis", True) else "openblas"
    return "blis"


def choose_matmul(nlp: Language, setting: str) -> Choice:
    """Binds the model to the library `setting` names, or for "auto" the faster one; says which it is."""
    threadpool_limits(limits=1, user_api="blas")
    choice: Choice = faster(nlp) if setting == "auto" else setting  # type: ignore[assignment]
    _use(nlp, NumpyOps(use_blis=choice == "blis"))
    return choice
