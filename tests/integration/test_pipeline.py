"""The running pipeline end to end: real broker, real worker, real producer and consumer."""

from __future__ import annotations

import asyncio

import orjson
import pytest

from streams import schemas, topics
from streams.events.build import build_events
from streams.ingest.validate import decode_article
from streams.topics import TopicNames
from tests.integration.harness import by_topic, consume_until, produce

pytestmark = pytest.mark.integration


def test_articles_flow_to_every_topic_and_garbage_to_dead_letters(broker, worker_factory, sample_articles, enricher):
    worker = worker_factory()
    names = TopicNames(worker_factory.prefix)
    good = sample_articles[:3]
    messages = [(a["id"].encode(), orjson.dumps(a)) for a in good[:2]]
    messages.append((b"broken", b"{this is not json"))
    messages.append((good[2]["id"].encode(), orjson.dumps(good[2])))
    asyncio.run(produce(broker.bootstrap, names(topics.RAW), messages))

    def done(records):
        # Each topic is fetched on its own, so an article's enriched record can arrive before its events (sent
        # first, to other topics): wait for every record the checks below count, not only the enriched ones.
        return (len(by_topic(records, names, topics.ENRICHED)) >= 3
                and len(by_topic(records, names, topics.EVENT_TOPICS["sentiment"])) >= 3
                and len(by_topic(records, names, topics.DEADLETTER)) >= 1)

    def check_alive():
        assert worker.alive(), worker.log()

    records = asyncio.run(consume_until(broker.bootstrap, names.outputs, done, 240, check_alive))

    for record in records:
        schema_name = record.headers["schema"].decode()
        assert schema_name == topics.SCHEMA_OF[names.base(record.topic)]
        assert schemas.errors(schema_name, record.json()) == [], record.topic

    [letter] = [r.json() for r in by_topic(records, names, topics.DEADLETTER)]
    assert letter["reason"] == "not_json"
    assert letter["original"] == "{this is not json"
    assert letter["origin"]["topic"] == names(topics.RAW)

    enriched = {r.key.decode(): r.json() for r in by_topic(records, names, topics.ENRICHED)}
    assert set(enriched) == {a["id"] for a in good}
    for event_topic in topics.EVENT_TOPICS.values():
        for r in by_topic(records, names, event_topic):
            assert r.key.decode() == r.json()["article_id"]
    assert len(by_topic(records, names, topics.EVENT_TOPICS["sentiment"])) == 3

    # One core, two doors: offline enrichment yields the same events as the worker.
    for article_raw in good:
        article = decode_article(orjson.dumps(article_raw))
        offline = build_events(article, enricher.enrich(article))
        online = enriched[article.id]
        for kind in ("meetings", "statements"):
            strip = [{k: v for k, v in e.items() if k != "emitted_at"} for e in getattr(offline, kind)]
            assert strip == [{k: v for k, v in e.items() if k != "emitted_at"} for e in online[kind]]
        assert offline.sentiment["event_id"] == online["sentiment"]["event_id"]
    assert worker.alive()
