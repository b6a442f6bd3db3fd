"""The stories agents: meeting events → one living record per real-world meeting.

Two steps, because Kafka only brings together what shares a key. `route-meetings` reads
events.meetings (keyed by article) and re-keys each event by its participants' block
(`blocking.block_key`) onto a repartition topic; `cluster-stories` reads that topic, so
every mention of a story arrives in the partition that owns the story's table entry, and
publishes each changed story to stories.meetings (compacted: key = story id).

At-least-once throughout: a message is sent and acknowledged before the tables are updated
and the offset committed; a re-delivered event is recognised by its event id in the table.
Two tables, both written from the block's partition: block → story ids (small, read per event)
and story id → state, so one changelog message carries one story, never a whole busy block.
"""

from __future__ import annotations

import logging
import os
from typing import Any

import faust
import orjson
from aiokafka.partitioner import DefaultPartitioner

from streams import schemas
from streams.app import app, names, settings
from streams.events.outgoing import Outgoing, headers_for
from streams.pipeline.offset_gate import gate_for, gated, watch_gates
from streams.pipeline.send import Undeliverable, send_acknowledged
from streams.stories import metrics
from streams.stories.blocking import block_key
from streams.stories.cluster import Merge, merge
from streams.stories.state import story_message
from streams.topics import EVENT_TOPICS, STORIES, STORY_MENTIONS

log = logging.getLogger(__name__)

# memory:// (default, and the only store on the embedded broker) rebuilds the table from its changelog on
# start; a persistent store (e.g. rocksdb://, needs faust-streaming[rocksdb]) keeps it on local disk.
STORE_ENV = "NEWSWIRE_STORIES_STORE"

meeting_events = app.topic(names(EVENT_TOPICS["meeting"]), key_serializer="raw", value_serializer="raw")
story_mentions = app.topic(
    names(STORY_MENTIONS), key_serializer="raw", value_serializer="raw", partitions=settings.partitions,
    internal=True,
)
stories_out = app.topic(
    names(STORIES), key_serializer="raw", value_serializer="raw", partitions=settings.partitions,
    internal=True, compacting=True,
)
# Co-partitioned with story_mentions: same partition count, and Faust writes each change to the changelog
# partition of the event being processed, i.e. the block's partition.
_STORE = os.environ.get(STORE_ENV) or None
# Both agents commit only what they settled and re-read what Faust dropped (streams.pipeline.offset_gate).
_meetings_gate = gate_for(app, meeting_events.get_topic_name(), settings)
_mentions_gate = gate_for(app, story_mentions.get_topic_name(), settings)
watch_gates(app, _meetings_gate, _mentions_gate)
story_blocks = app.Table("story-blocks", default=list, partitions=settings.partitions, key_type=str, store=_STORE)
stories_table = app.Table("stories", default=None, partitions=settings.partitions, key_type=str, store=_STORE)


def _decode(raw: bytes | None) -> dict[str, Any] | None:
    """A valid meeting event, or None: a bad event must not stop the stories of everyone else."""
    try:
        event = orjson.loads(raw or b"")
    except orjson.JSONDecodeError:
        return None
    if not isinstance(event, dict) or schemas.errors(schemas.EVENT_SCHEMAS["meeting"], event):
        return None
    return event


@app.agent(meeting_events, name="route-meetings")
async def route_meetings(stream: faust.StreamT) -> None:
    async for event in gated(_meetings_gate, stream):
        raw = event.message.value
        meeting = _decode(raw)
        if meeting is None:
            metrics.MENTIONS_SKIPPED.labels("invalid").inc()
            log.warning("skipping an invalid meeting event at %s/%d@%d", event.message.topic,
                        event.message.partition, event.message.offset)
            continue
        block = block_key(meeting)
        if block is None:
            metrics.MENTIONS_SKIPPED.labels("no_participants").inc()
            continue
        await send_acknowledged(app.producer, names, [
            Outgoing(STORY_MENTIONS, block.encode(), raw, headers_for(STORY_MENTIONS, meeting["article_version"]))
        ])


def _record(result: Merge) -> None:
    if result.change == "created":
        metrics.STORIES_CREATED.inc()
    else:
        metrics.MENTIONS_MERGED.inc()
    if result.transition:
        metrics.STATUS_TRANSITIONS.labels(*result.transition).inc()


@app.agent(story_mentions, name="cluster-stories")
async def cluster_stories(stream: faust.StreamT) -> None:
    await stories_out.maybe_declare()  # compacted, with our partition count, before the first story
    async for event in gated(_mentions_gate, stream):
        block = event.message.key.decode()
        ids = story_blocks[block]
        result = merge([stories_table[i] for i in ids], orjson.loads(event.message.value))
        if result.story is None:
            metrics.MENTIONS_SKIPPED.labels("duplicate").inc()
            continue
        await _publish(result)
        stories_table[result.story["story_id"]] = result.story
        kept = [s["story_id"] for s in result.stories]
        for dropped in set(ids) - set(kept):
            del stories_table[dropped]
        if kept != ids:
            story_blocks[block] = kept
        _record(result)


async def _publish(result: Merge) -> None:
    """A story too large for the broker is still kept: its next, trimmed change may fit."""
    message = story_message(result.story, result.change)
    try:
        await send_acknowledged(app.producer, names, [
            Outgoing(STORIES, message["story_id"].encode(), orjson.dumps(message), headers_for(STORIES))
        ])
    except Undeliverable as exc:
        metrics.MENTIONS_SKIPPED.labels("undeliverable").inc()
        log.error("story %s not published: %s", message["story_id"], exc)


def _active_partitions() -> set[int]:
    topic = story_mentions.get_topic_name()
    return {tp.partition for tp in app.assignor.assigned_actives() if tp.topic == topic}


@app.timer(interval=5.0)
async def count_open_stories() -> None:
    """Counts only actively owned blocks: standby copies on other workers must not be summed twice."""
    active = _active_partitions()
    everything = list(range(settings.partitions))
    partition_of = DefaultPartitioner()
    metrics.STORIES_OPEN.set(sum(
        len(ids) for block, ids in story_blocks.items()
        if partition_of(block.encode(), everything, everything) in active
    ))
