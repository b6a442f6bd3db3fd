"""A worker started where its state folder does not exist yet (a fresh checkout, the Docker image)."""

from __future__ import annotations

import asyncio

import orjson
import pytest

from streams import topics
from streams.topics import TopicNames
from tests.integration.harness import by_topic, consume_until, produce

pytestmark = pytest.mark.integration


def test_a_worker_creates_its_missing_state_folder_and_enriches(broker, worker_factory, tmp_path):
    state = tmp_path / "fresh" / "state"  # like ./var in a folder that has none: its parent is missing too
    worker = worker_factory(NEWSWIRE_STATE_DIR=str(state))
    names = TopicNames(worker_factory.prefix)
    article = {"id": "fresh-1", "text": "The port authority met the ferry operators on Monday."}
    asyncio.run(produce(broker.bootstrap, names(topics.RAW), [(b"fresh-1", orjson.dumps(article))]))

    def check_alive():
        assert worker.alive(), worker.log()

    records = asyncio.run(consume_until(broker.bootstrap, [names(topics.ENRICHED)],
                                        lambda rs: by_topic(rs, names, topics.ENRICHED), 240, check_alive))
    assert [r.key for r in by_topic(records, names, topics.ENRICHED)] == [b"fresh-1"]
    assert state.is_dir()
