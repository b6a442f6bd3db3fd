"""The "news stream" scenario: stories that arrive in several versions, plus syndicated copies.

A real feed re-sends a story under the same id as it develops and the same wire copy under
other outlets' ids. The proportions come from published measurements (docs/performance.md,
"The news stream scenario", says where each comes from):

- versions per story: 3–5, mean 3.6 (NewsEdits: 4.61 million versions of 1.28 million articles);
- per update, about 3.3 added, 2.7 changed and 2.0 removed sentences (NewsEdits' totals over
  its 3.3 million version pairs): here 1–2 added paragraphs (mean 1.3; a paragraph is 2–3
  sentences), 1–3 paragraphs with one sentence changed (mean 2, the worst case for a paragraph
  cache: changes spread over paragraphs), 0–1 paragraph removed (mean 0.8);
- copies per story: 0–4, mean 2 (a third of online news content is original, Cagé, Hervé and
  Viaud; agency copy is behind up to 75 % of online articles, Boumans et al.), each under its own
  id and outlet, with another headline and another first paragraph (Horne and Adalı: verbatim
  copies often change the headline).

Every new sentence of an update comes from the same sample pool as the fresh articles, so an
update costs what new text costs. Arrival order interleaves stories: a story's versions are
spread over the stream, its copies follow the version they copy.
"""

from __future__ import annotations

import random
from typing import Any

from streams.bench.corpus import SENTENCE_END, Pool, load_pool, new_paragraph

VERSIONS = {3: 0.5, 4: 0.4, 5: 0.1}  # mean 3.6
ADDED_PARAGRAPHS = {1: 0.7, 2: 0.3}  # mean 1.3
CHANGED_PARAGRAPHS = (1, 3)  # uniform, mean 2
REMOVED_PARAGRAPH = 0.8
COPIES = (0, 4)  # uniform, mean 2
NEW_LEDE_AT_TOP = 0.5  # an update's first added paragraph becomes the new top paragraph
ARTICLES_PER_STORY = 3.6 + 2


def _weighted(rng: random.Random, weights: dict[int, float]) -> int:
    return rng.choices(list(weights), list(weights.values()))[0]


def _change_sentence(rng: random.Random, paragraph: str, pool: Pool) -> str:
    sentences = SENTENCE_END.split(paragraph)
    sentences[rng.randrange(len(sentences))] = rng.choice(pool.sentences)
    return " ".join(sentences)


def update(rng: random.Random, paragraphs: list[str], pool: Pool, used: set[str]) -> list[str]:
    """The next version of a story's paragraphs: some added, some changed, maybe one removed."""
    out = list(paragraphs)
    for _ in range(min(rng.randint(*CHANGED_PARAGRAPHS), len(out))):
        i = rng.randrange(len(out))
        out[i] = _change_sentence(rng, out[i], pool)
    if len(out) > 2 and rng.random() < REMOVED_PARAGRAPH:
        del out[rng.randrange(1, len(out))]
    for n in range(_weighted(rng, ADDED_PARAGRAPHS)):
        at = 0 if n == 0 and rng.random() < NEW_LEDE_AT_TOP else rng.randint(1, len(out))
        out.insert(at, new_paragraph(rng, pool, used))
    return out


def syndicate(rng: random.Random, story: dict[str, Any], copy_id: str, pool: Pool, used: set[str]) -> dict[str, Any]:
    """The story as another outlet runs it: own id, outlet, headline and first paragraph."""
    paragraphs = story["text"].split("\n\n")
    paragraphs[0] = new_paragraph(rng, pool, used)
    title = rng.choice([t for t in pool.titles if t != story.get("title")] or pool.titles)
    source = rng.choice([s for s in pool.sources if s != story.get("source")] or pool.sources)
    return {**story, "id": copy_id, "title": title, "source": source, "url": f"https://example.com/wire/{copy_id}",
            "text": "\n\n".join(paragraphs)}


def news_stream(first_versions: list[dict[str, Any]], n: int, seed: int = 7,
                pool: Pool | None = None) -> list[dict[str, Any]]:
    """About `n` articles in arrival order: whole stories, each of `first_versions` developing into
    3–5 versions under its id, plus copies under other ids, until `n` is reached.

    Stories are kept whole (the stream may end a few articles past `n`): cutting the stream at a
    time would drop late versions and leave it with more first versions than the figures say.
    """
    pool = pool or load_pool()
    rng = random.Random(seed)
    used = {p for a in first_versions for p in a["text"].split("\n\n")}
    timed: list[tuple[float, int, dict[str, Any]]] = []
    for first in first_versions:
        if len(timed) >= n:
            break
        paragraphs = first["text"].split("\n\n")
        versions = [first]
        for _ in range(_weighted(rng, VERSIONS) - 1):
            paragraphs = update(rng, paragraphs, pool, used)
            versions.append({**first, "text": "\n\n".join(paragraphs)})
        start = rng.random()
        times = [start, *sorted(start + rng.random() * 0.5 for _ in versions[1:])]
        timed += [(t, len(timed) + i, v) for i, (t, v) in enumerate(zip(times, versions, strict=True))]
        for c in range(rng.randint(*COPIES)):
            k = rng.randrange(len(versions))
            copy = syndicate(rng, versions[k], f"{first['id']}-copy{c}", pool, used)
            timed.append((times[k] + rng.random() * 0.02, len(timed), copy))
    timed.sort(key=lambda x: (x[0], x[1]))
    return [article for _, _, article in timed]


def stories_for(n: int) -> int:
    """First versions enough for a stream of `n` articles, with a margin for chance."""
    return max(1, round(n / ARTICLES_PER_STORY * 2) + 1)
