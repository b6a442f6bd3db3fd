"""`newswire stories`: the current meeting stories, from the stories topic or offline from files."""

from __future__ import annotations

import sys
import time
from typing import Any

import click
import orjson

from streams.cli.common import (
    EXIT_INVALID_INPUT,
    apply_settings,
    broker_option,
    err,
    fail,
    out,
    prefix_option,
    require_broker,
)
from streams.cli.reach import run_with_broker
from streams.config import Settings
from streams.topics import STORIES, TopicNames


async def _latest_from_topic(settings: Settings, idle: float) -> dict[str, dict[str, Any]]:
    """The compacted view: the last value per story id, read from the beginning until quiet."""
    from streams.broker.clients import consumer

    topic = TopicNames(settings.topic_prefix)(STORIES)
    latest: dict[str, dict[str, Any]] = {}
    cons = consumer(settings.bootstrap, [topic], group=None, security=settings.security)
    try:
        await cons.start()
        last = time.monotonic()
        while time.monotonic() - last <= idle:
            batch = await cons.getmany(timeout_ms=500)
            for records in batch.values():
                last = time.monotonic()
                for rec in records:
                    if rec.value is not None:
                        latest[rec.key.decode()] = orjson.loads(rec.value)
    finally:
        await cons.stop()
    return latest


def _latest_offline(source: str) -> tuple[dict[str, dict[str, Any]], int]:
    from streams.stories.cluster import replay
    from streams.stories.sources import is_event_file, meetings_from_articles, meetings_from_events
    from streams.stories.state import story_message

    bad = 0

    def report(origin: str, message: str) -> None:
        nonlocal bad
        bad += 1
        err.print(f"[red]{origin}[/]: {message}", markup=True, highlight=False)

    read = meetings_from_events if is_event_file(source) else meetings_from_articles
    latest = {
        r.story["story_id"]: story_message(r.story, r.change) for r in replay(read(source, report)) if r.story
    }
    return latest, bad


@click.command()
@click.option("--from", "source", metavar="PATH", default=None,
              help="Offline, no broker: a JSON-lines file of events (`newswire enrich` output) or articles "
                   "(.json, .jsonl, .txt or a folder; runs the core first).")
@broker_option
@prefix_option
@click.option("--json", "as_json", is_flag=True, help="One story per line (the stories.meetings value).")
@click.option("--idle", type=float, default=3.0, show_default=True,
              help="Topic mode: stop reading after this many seconds without a new message.")
@click.option("--min-mentions", type=int, default=1, show_default=True,
              help="Show only stories reported at least this many times.")
def stories(source: str | None, broker: str | None, topic_prefix: str, as_json: bool, idle: float,
            min_mentions: int) -> None:
    """Print the current meeting stories: one row per real-world meeting, merged across articles.

    Reads stories.meetings from the beginning and keeps each story's latest state (the
    topic is compacted: key = story id). With --from, clusters meeting events offline with
    the same logic the worker runs.

    Examples:

      newswire stories --broker kafka://127.0.0.1:19092 --min-mentions 2

      newswire enrich ../shared/eval/dev > events.jsonl && newswire stories --from events.jsonl
    """
    bad = 0
    if source is not None:
        try:
            latest, bad = _latest_offline(source)
        except (FileNotFoundError, UnicodeDecodeError) as exc:
            fail(str(exc))
    else:
        settings = apply_settings(broker=broker, topic_prefix=topic_prefix)
        require_broker(settings)
        latest = run_with_broker(settings, _latest_from_topic(settings, idle))
    shown = [s for s in latest.values() if s["mention_count"] >= min_mentions]
    if as_json:
        from streams.stories.render import ordered

        sys.stdout.buffer.write(b"".join(orjson.dumps(s) + b"\n" for s in ordered(shown)))
    else:
        from streams.stories.render import stories_view

        out.print(stories_view(shown, f"{len(shown)} meeting stories"), soft_wrap=False)
    if bad:
        sys.exit(EXIT_INVALID_INPUT)
