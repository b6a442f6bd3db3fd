"""A worker killed with SIGKILL at random points loses nothing (at-least-once, equal event ids).

Articles arrive in three waves; after each, the running worker is killed a random moment
after it starts producing, and a new one takes over the same consumer group (Faust needs
the killed member's session, 10 s, to expire before it rebalances). At the end every
article must be on articles.enriched with its sentiment event; repeats are allowed and
must carry the same event ids. The numbers are printed for the report (run with -s).
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter

import pytest

from streams.topics import ENRICHED, EVENT_TOPICS, RAW, TopicNames
from tests.integration.harness import produce
from tests.integration.reliability_support import (
    Topics,
    audit_report,
    event_ids,
    messages_of,
    sample_articles,
    scrape,
    settled_accounts,
    until_enriched,
)

pytestmark = pytest.mark.integration

WAVES = 3
PER_WAVE = 16
SEED = 20260312


def test_sigkill_at_random_points_loses_no_article(broker, worker_factory):
    rng = random.Random(SEED)
    names = TopicNames(worker_factory.prefix)
    articles = sample_articles(WAVES * PER_WAVE, "crash")
    kills: list[str] = []

    async def scenario() -> Topics:
        async with Topics(broker.bootstrap, names, [ENRICHED, EVENT_TOPICS["sentiment"]]) as seen:
            for wave in range(WAVES):
                batch = articles[wave * PER_WAVE:(wave + 1) * PER_WAVE]
                await produce(broker.bootstrap, names(RAW), messages_of(batch))
                worker = worker_factory()
                await until_enriched(worker, 1, 180)
                await asyncio.sleep(rng.uniform(0.0, 1.5))  # a random point while it works
                done = scrape(worker)["newswire_articles_enriched_total"]
                worker.kill()
                kills.append(f"wave {wave + 1}: killed after it enriched about {done:.0f}")
            last = worker_factory()
            wanted = {a["id"] for a in articles}
            await seen.until(lambda: wanted <= set(seen.enriched_by_id()), 240, last)
            seen.last = last  # type: ignore[attr-defined]
            return seen

    seen = asyncio.run(scenario())
    accounts = settled_accounts(seen.last)  # type: ignore[attr-defined]

    by_id = seen.enriched_by_id()
    report = audit_report(broker.bootstrap, worker_factory.prefix)
    missing = {a["id"] for a in articles} - set(by_id)
    repeats = {article_id: len(copies) for article_id, copies in by_id.items() if len(copies) > 1}
    print(f"\ncrash test: published {len(articles)}, kills {len(kills)} ({'; '.join(kills)}), "
          f"found {len(by_id)}, missing {len(missing)}, duplicated articles {len(repeats)} "
          f"({sum(repeats.values()) - len(repeats)} extra copies); last worker {accounts}; "
          f"audit: checked {report['checked']}, unaccounted {len(report['unaccounted'])}")
    assert len(kills) == WAVES
    assert missing == set()
    assert report["checked"] == len(articles) and report["unaccounted"] == []
    for copies in by_id.values():
        assert len({event_ids(c) for c in copies}) == 1, "a repeat must carry the same event ids"
    sentiment = Counter(r.key.decode() for r in seen.of(EVENT_TOPICS["sentiment"]))
    assert set(sentiment) == set(by_id)
