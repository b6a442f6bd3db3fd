"""Fresh articles for the benchmark: the bundled samples' sentences recombined with a seeded RNG.

Every paragraph is new: 2–3 sentences drawn from the samples, never the same paragraph twice in
a corpus. Recombining whole sample paragraphs (as the first version of this benchmark did) would
repeat 73 paragraphs across the corpus, and the parse cache would serve most of a "fresh" article
from memory, which flatters Newswire. One article repeated N times would flatter every other cache
on the way (the tokenizer's, the attribute table's, the CPU's) too. Same seed, same corpus.

Users measure on their own articles instead with `newswire bench --articles my.jsonl`
(`read_articles`); the news stream is then built from those.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from streams.ingest.article import Article

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "samples"
MIN_WORDS = 200
MAX_WORDS = 800
SENTENCES_PER_PARAGRAPH = (2, 3)
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[\"“A-Z])")


@dataclass(frozen=True)
class Pool:
    """What articles are assembled from."""

    sentences: list[str]
    titles: list[str]
    sources: list[str]


def _balanced(sentence: str) -> bool:
    """No quotation left open: a sentence cut out of a quoted passage would read as an unclosed quote."""
    return sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”")


def load_pool(samples_dir: Path = SAMPLES_DIR) -> Pool:
    from streams.ingest.files import read_inputs

    articles = [r.article for r in read_inputs(str(samples_dir)) if r.article is not None]
    if not articles:
        raise FileNotFoundError(f"no sample articles (*.json) in {samples_dir}")
    sentences = [
        s.strip() for a in articles for p in a.text.split("\n\n") for s in SENTENCE_END.split(p.strip())
        if s.strip() and _balanced(s)
    ]
    return Pool(sentences, [a.title for a in articles], sorted({a.source for a in articles if a.source}))


def word_count(text: str) -> int:
    return len(text.split())


def new_paragraph(rng: random.Random, pool: Pool, used: set[str]) -> str:
    """2–3 sentences of the pool, as a paragraph not in `used` (which then holds it)."""
    while True:
        paragraph = " ".join(rng.sample(pool.sentences, rng.randint(*SENTENCES_PER_PARAGRAPH)))
        if paragraph not in used:
            used.add(paragraph)
            return paragraph


def _body(rng: random.Random, pool: Pool, used: set[str], min_words: int, max_words: int) -> str:
    """New paragraphs until a random target length, never above `max_words`."""
    target = rng.randint(min_words, max_words)
    chosen: list[str] = []
    words = 0
    while words < target:
        paragraph = new_paragraph(rng, pool, used)
        if words + word_count(paragraph) > max_words:
            used.discard(paragraph)
            if words >= min_words:
                break
            continue
        chosen.append(paragraph)
        words += word_count(paragraph)
    return "\n\n".join(chosen)


def generate(n: int, seed: int = 7, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS,
             pool: Pool | None = None) -> list[dict[str, Any]]:
    """`n` raw articles (the `articles.raw` JSON shape) with ids `bench-<seed>-<i>`, no paragraph twice."""
    pool = pool or load_pool()
    rng = random.Random(seed)
    base = dt.date(2026, 1, 5)
    used: set[str] = set()
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
            "text": _body(rng, pool, used, min_words, max_words),
        })
    return articles


def as_raw(article: Article) -> dict[str, Any]:
    """An article back in the `articles.raw` JSON shape."""
    raw: dict[str, Any] = {"id": article.id, "text": article.text}
    for name in ("title", "source", "url", "published_at", "language"):
        value = getattr(article, name)
        if value is not None:
            raw[name] = value.isoformat() if isinstance(value, dt.datetime) else value
    return raw


def read_articles(path: str) -> list[dict[str, Any]]:
    """The user's articles (any input `newswire enrich` takes); unreadable records are an error, not skipped."""
    from streams.ingest.files import read_inputs

    articles, bad = [], []
    for record in read_inputs(path):
        if record.article is None:
            bad.append(f"{record.origin}: {record.error.reason}: {record.error.message}")
        else:
            articles.append(as_raw(record.article))
    if bad:
        raise ValueError(f"{len(bad)} record(s) of {path} are not valid articles, e.g. {bad[0]}")
    if not articles:
        raise ValueError(f"no articles in {path}")
    return articles
