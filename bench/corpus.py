"""A reproducible, varied corpus: the team's sample paragraphs recombined with a seeded RNG.

One article repeated N times would flatter every cache on the way (the tokenizer's, the
attribute table's, the CPU's); recombining paragraphs gives different texts of realistic
lengths from material that is ours to use. Same seed, same corpus, on every machine.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "streams" / "samples"
MIN_WORDS = 200
MAX_WORDS = 800


@dataclass(frozen=True)
class Pool:
    """What articles are assembled from."""

    paragraphs: list[str]
    titles: list[str]
    sources: list[str]


def load_pool(samples_dir: Path = SAMPLES_DIR) -> Pool:
    samples = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(samples_dir.glob("*.json"))]
    if not samples:
        raise FileNotFoundError(f"no sample articles (*.json) in {samples_dir}")
    paragraphs = [p.strip() for s in samples for p in s["text"].split("\n\n") if p.strip()]
    return Pool(paragraphs, [s["title"] for s in samples], sorted({s["source"] for s in samples}))


def word_count(text: str) -> int:
    return len(text.split())


def _body(rng: random.Random, pool: Pool, min_words: int, max_words: int) -> str:
    """Distinct paragraphs in random order until a random target length, never above `max_words`."""
    target = rng.randint(min_words, max_words)
    chosen: list[str] = []
    words = 0
    for paragraph in rng.sample(pool.paragraphs, len(pool.paragraphs)):
        n = word_count(paragraph)
        if words + n > max_words:
            continue
        chosen.append(paragraph)
        words += n
        if words >= target:
            break
    return "\n\n".join(chosen)


def generate(n: int, seed: int = 7, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS,
             pool: Pool | None = None) -> list[dict[str, Any]]:
    """`n` raw articles (the `articles.raw` JSON shape) with ids `bench-<seed>-<i>`."""
    pool = pool or load_pool()
    rng = random.Random(seed)
    base = dt.date(2026, 1, 5)
    articles = []
    for i in range(n):
        published = base + dt.timedelta(days=rng.randrange(120))
        article_id = f"bench-{seed}-{i:05d}"
        articles.append({
            "id": article_id,
            "title": rng.choice(pool.titles),
            "source": rng.choice(pool.sources),
            "url": f"https://example.com/bench/{article_id}",
            "published_at": published.isoformat(),
            "language": "en",
            "text": _body(rng, pool, min_words, max_words),
        })
    return articles
