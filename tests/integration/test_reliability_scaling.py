"""Two workers in one consumer group share the partitions; when one is killed, the other
takes its partitions over and no article is missing.

The second half of the articles is published after the kill, so the survivor can only
finish by consuming partitions the killed worker held.
"""

from __future__ import annotations

import asyncio

import pytest

from streams.topics import ENRICHED, RAW, TopicNames
from tests.integration.harness import produce
from tests.integration.reliability_support import (
    Topics,
    audit_report,
    event_ids,
    messages_of,
    sample_articles,
    scrape,
    settled_accounts,
    wait_for_log,
)

pytestmark = pytest.mark.integration

ARTICLES = 40
READY = "Worker ready"


def test_the_survivor_takes_over_the_partitions_of_a_killed_worker(broker, worker_factory):
    names = TopicNames(worker_factory.prefix)
    articles = sample_articles(ARTICLES, "scale")
    first_half, second_half = articles[: ARTICLES // 2], articles[ARTICLES // 2:]
    one = worker_factory()
    wait_for_log(one, READY, 120)
    two = worker_factory()
    wait_for_log(two, READY, 120)
    wait_for_log(one, READY, 60, count=2)  # one has rebalanced to let two in

    async def scenario() -> tuple[Topics, dict[str, float]]:
        async with Topics(broker.bootstrap, names, [ENRICHED]) as seen:
            await produce(broker.bootstrap, names(RAW), messages_of(first_half))
            await seen.until(lambda: len(seen.enriched_by_id()) >= len(first_half) // 2, 180, one, two)
            victim = scrape(two)
            two.kill()
            await produce(broker.bootstrap, names(RAW), messages_of(second_half))
            await seen.until(lambda: {a["id"] for a in articles} <= set(seen.enriched_by_id()), 180, one)
            return seen, victim

    seen, victim = asyncio.run(scenario())
    survivor = settled_accounts(one)
    report = audit_report(broker.bootstrap, worker_factory.prefix)
    print(f"\nscaling test: published {ARTICLES}, killed worker two after it consumed "
          f"{victim['newswire_articles_consumed_total']:.0f}; found {len(seen.enriched_by_id())}; "
          f"survivor {survivor}; audit: checked {report['checked']}, unaccounted {len(report['unaccounted'])}")
    assert victim["newswire_articles_consumed_total"] > 0, "both workers had a share of the partitions"
    assert survivor.consumed > 0
    by_id = seen.enriched_by_id()
    assert {a["id"] for a in articles} <= set(by_id)
    assert report["checked"] == ARTICLES and report["unaccounted"] == []
    for copies in by_id.values():
        assert len({event_ids(c) for c in copies}) == 1
    assert one.alive()
