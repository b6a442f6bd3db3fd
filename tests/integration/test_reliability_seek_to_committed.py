"""After records of a partition the group never committed on were fetched and dropped, "seek to the committed
offsets" must bring them back (the kill-burst stall of 4 Dec, docs/reliability.md, Known limits).

Against the embedded broker with a real group consumer: aiokafka's own `seek_to_committed` leaves such a
partition at the end of what was fetched; `ledger_consumer.seek_to_committed`, which every Faust re-assignment
of an agent's source topic goes through, sends it back to the log's start and a committed one to its commit.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams.pipeline.ledger_consumer import seek_to_committed
from tests.integration.harness import unique_names

pytestmark = pytest.mark.integration

RECORDS = 30  # per partition
COMMITTED = 10  # what the group committed on partition 1; partition 0 was never committed


async def fill(bootstrap: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=2, replication_factor=1)])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        sent = [await producer.send(topic, f"record {i}".encode(), partition=i % 2) for i in range(2 * RECORDS)]
        await asyncio.gather(*sent)
    finally:
        await producer.stop()


async def read_to_the_end(consumer: AIOKafkaConsumer, tps: list[TopicPartition]) -> None:
    """Fetches (and drops) everything, as a fetch returned while Faust's flow is stopped is dropped."""
    deadline = time.monotonic() + 60
    while set(consumer.assignment()) != set(tps) or any([await consumer.position(tp) < RECORDS for tp in tps]):
        assert time.monotonic() < deadline, "the group consumer did not read both partitions to the end"
        await consumer.getmany(timeout_ms=500)


def test_a_never_committed_partition_is_read_again_from_the_log_start(broker):
    prefix, group = unique_names()
    topic = f"{prefix}articles.raw"
    never, committed = TopicPartition(topic, 0), TopicPartition(topic, 1)

    async def scenario() -> tuple[dict, dict, dict, int]:
        await fill(broker.bootstrap, topic)
        consumer = AIOKafkaConsumer(topic, bootstrap_servers=broker.bootstrap, group_id=group,
                                    auto_offset_reset="earliest", enable_auto_commit=False)
        await consumer.start()
        try:
            await read_to_the_end(consumer, [never, committed])
            await consumer.commit({committed: COMMITTED})
            await consumer.seek_to_committed()
            aiokafka_alone = {tp.partition: await consumer.position(tp) for tp in (never, committed)}
            await consumer.seek_to_committed()  # and again: nothing changes
            offsets = await seek_to_committed(consumer, {topic})
            ours = {tp.partition: await consumer.position(tp) for tp in (never, committed)}
            first = await consumer.getmany(never, timeout_ms=5000, max_records=1)
            return aiokafka_alone, offsets, ours, first[never][0].offset if first.get(never) else -1
        finally:
            await consumer.stop()

    aiokafka_alone, offsets, ours, first = asyncio.run(scenario())
    # The mechanism: aiokafka seeks only partitions committed beyond 0. If this changes, aiokafka fixed it.
    assert aiokafka_alone == {0: RECORDS, 1: COMMITTED}
    assert offsets == {never: None, committed: COMMITTED}
    assert ours == {0: 0, 1: COMMITTED}
    assert first == 0
