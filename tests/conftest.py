"""Fixtures shared by all tests: the spaCy pipeline (loaded once) and sample articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "streams" / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from streams.enrich.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def enricher(nlp):
    from streams.enrich.pipeline import Enricher

    return Enricher(nlp)


@pytest.fixture(scope="session")
def sample_articles() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.json"))]
