"""`newswire replay`: dead-lettered articles back to articles.raw, once their cause is fixed.

A dead letter carries the original bytes (or, when they were too large to carry, their
place on the raw topic), so nothing that failed is lost; this is the way back. Replaying is
safe to repeat: an article that was enriched meanwhile is skipped by the worker as a
duplicate, and letters repeating the same original are sent once.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from dataclasses import dataclass, field

import click
import orjson
from aiokafka import TopicPartition

from streams import schemas
from streams.cli.common import (
    EXIT_INVALID_INPUT,
    apply_settings,
    broker_option,
    err,
    out,
    prefix_option,
    require_broker,
)
from streams.cli.escaping import controls_escaped, for_terminal
from streams.cli.reach import run_with_broker
from streams.config import Settings
from streams.events.deadletter import OUR_FAULT, Replay, replay_of
from streams.topics import DEADLETTER, RAW, TopicNames

REASONS = schemas.schema(schemas.ARTICLE_DEADLETTER)["properties"]["reason"]["enum"]
ORIGIN_WAIT_MS = 5_000


@dataclass
class Tally:
    read: int = 0
    chosen: int = 0
    sent: int = 0
    repeats: int = 0
    unreadable: int = 0
    gone: list[str] = field(default_factory=list)


async def _letters(settings: Settings, idle: float) -> list[dict]:
    """Every dead letter from the beginning; the topic counts as read after `idle` quiet seconds.

    Idle time, not end offsets: the embedded broker's end offsets are wrong (shared notes).
    """
    from streams.broker.clients import consumer

    cons = consumer(settings.bootstrap, [TopicNames(settings.topic_prefix)(DEADLETTER)], group=None,
                    security=settings.security)
    letters, last = [], time.monotonic()
    try:
        await cons.start()
        while time.monotonic() - last < idle:
            batch = await cons.getmany(timeout_ms=250)
            for records in batch.values():
                letters += [rec.value for rec in records]
                last = time.monotonic()
    finally:
        await cons.stop()
    return letters


async def _at_origin(settings: Settings, replay: Replay) -> bytes | None:
    """The original at its origin, or None once retention removed it (or the origin is unknown)."""
    from streams.broker.clients import consumer

    origin = replay.origin
    if origin.topic is None or origin.partition is None or origin.offset is None:
        return None
    tp = TopicPartition(origin.topic, origin.partition)
    cons = consumer(settings.bootstrap, [], group=None, security=settings.security)
    try:
        await cons.start()
        cons.assign([tp])
        cons.seek(tp, origin.offset)
        records = (await cons.getmany(tp, timeout_ms=ORIGIN_WAIT_MS)).get(tp, [])
        return next((r.value for r in records if r.offset == origin.offset), None)
    finally:
        await cons.stop()


def _describe(letter: dict) -> str:
    stage = f"/{letter['stage']}" if letter.get("stage") else ""
    return f"{letter.get('article_id') or letter['origin'].get('key') or '?'}: {letter['reason']}{stage}: " \
           f"{letter['message'][:160]}"


async def _replay(settings: Settings, reasons: set[str], articles: set[str], dry_run: bool, idle: float) -> Tally:
    from streams.broker.clients import producer

    tally, sent, pending = Tally(), set(), []
    raw_topic = TopicNames(settings.topic_prefix)(RAW)
    with err.status("reading dead letters"):
        values = await _letters(settings, idle)
    async with producer(settings.bootstrap, settings.security) as prod:
        for value in values:
            tally.read += 1
            try:
                letter = orjson.loads(value)
            except orjson.JSONDecodeError:
                letter = None
            if not isinstance(letter, dict) or schemas.errors(schemas.ARTICLE_DEADLETTER, letter):
                tally.unreadable += 1
                continue
            if letter["reason"] not in reasons or (articles and letter.get("article_id") not in articles):
                continue
            tally.chosen += 1
            replay = replay_of(letter)
            original = replay.value if not replay.needs_origin else await _at_origin(settings, replay)
            if original is None:
                tally.gone.append(_describe(letter))
                continue
            if (replay.key, original) in sent:
                tally.repeats += 1
                continue
            sent.add((replay.key, original))
            verb = "would replay " if dry_run else "replaying "
            out.print(verb + controls_escaped(_describe(letter)), markup=False)
            tally.sent += 1
            if not dry_run:
                pending.append(await prod.send(raw_topic, original, key=replay.key))
        await asyncio.gather(*pending)
    return tally


@click.command()
@broker_option
@prefix_option
@click.option("--reason", "reasons", multiple=True, type=click.Choice(REASONS),
              help=f"Replay letters with this reason (repeatable). Default: Newswire's own failures, "
                   f"{', '.join(OUR_FAULT)}; the others are the publisher's and fail again unless fixed at the source.")
@click.option("--article", "articles", multiple=True, metavar="ID", help="Only this article id (repeatable).")
@click.option("--dry-run", is_flag=True, help="List what would be replayed; publish nothing.")
@click.option("--idle", type=float, default=3.0, show_default=True,
              help="Seconds without a new dead letter after which the topic counts as read.")
def replay(broker: str | None, topic_prefix: str, reasons: tuple[str, ...], articles: tuple[str, ...],
           dry_run: bool, idle: float) -> None:
    """Publish dead-lettered articles to articles.raw again, e.g. after fixing an enrichment bug.

    Each chosen letter's original bytes go back to articles.raw with their original key; a
    letter that left out a too-large original is replayed from its origin on the raw topic
    while retention still holds it. A running worker picks them up as new messages.

    Example: newswire replay --broker kafka://127.0.0.1:19092 --reason enrichment_error --dry-run
    """
    settings = apply_settings(broker=broker, topic_prefix=topic_prefix)
    require_broker(settings)
    with contextlib.suppress(KeyboardInterrupt):
        tally = run_with_broker(settings, _replay(settings, set(reasons or OUR_FAULT), set(articles), dry_run, idle))
        verb = "would replay" if dry_run else "replayed"
        err.print(f"{verb} {tally.sent} of {tally.read} dead letter(s)"
                  + (f"; {tally.repeats} repeat(s) of an original already sent" if tally.repeats else "")
                  + (f"; {tally.unreadable} unreadable letter(s) skipped" if tally.unreadable else ""))
        for line in tally.gone:
            err.print(f"[yellow]original no longer at its origin[/]: {for_terminal(line)}")
        if tally.gone:
            sys.exit(EXIT_INVALID_INPUT)
