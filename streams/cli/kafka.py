"""Commands that talk to a broker: `worker`, `broker`, `publish`, `tail`."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import Callable

import click
import orjson
from rich.progress import Progress

from streams.cli.common import (
    EXIT_INVALID_INPUT,
    EXIT_RUNTIME,
    apply_settings,
    broker_for,
    broker_option,
    embedded_broker_option,
    err,
    fail,
    out,
    prefix_option,
    require_broker,
    stop_on_sigterm,
)
from streams.cli.escaping import for_terminal
from streams.cli.text_input import text_defaults, text_options
from streams.config import BROKER_ENV, Settings
from streams.ingest.files import NO_DEFAULTS, NotPlainText, TextDefaults
from streams.topics import ENRICHED, RAW, TopicNames


@click.command()
@embedded_broker_option
@prefix_option
@click.option("--metrics-addr", envvar="NEWSWIRE_METRICS_ADDR", default=None, metavar="HOST:PORT",
              help="Where /metrics is served (env NEWSWIRE_METRICS_ADDR; default 127.0.0.1:9108; port 0 = off).")
@click.option("--partitions", envvar="NEWSWIRE_PARTITIONS", default=None, type=int,
              help="Partitions of topics the worker creates (default 4).")
@click.option("--loglevel", default="info", show_default=True, help="Faust worker log level.")
def worker(broker: str | None, topic_prefix: str, metrics_addr: str | None, partitions: int | None,
           loglevel: str) -> None:
    """Run a Faust worker: articles.raw → events.* , articles.enriched, articles.deadletter.

    Start several with the same --broker to share partitions in one consumer group
    (give each its own --metrics-addr). Without --broker an embedded broker is started.

    Example: NEWSWIRE_BROKER=kafka://kafka:9092 newswire worker --metrics-addr 0.0.0.0:9108
    """
    settings = apply_settings(broker=broker, topic_prefix=topic_prefix, metrics_addr=metrics_addr,
                              partitions=None if partitions is None else str(partitions))
    with broker_for(settings) as settings:
        from streams.cli.reach import refuse_wrong_security
        from streams.monitoring.server import MetricsAddressError
        from streams.pipeline.startup import wait_for_topics

        refuse_wrong_security(settings)
        try:
            if not wait_for_topics(settings):  # waits for the broker, however long it takes
                err.print("stop requested while waiting for the broker; the worker exits")
                return
        except MetricsAddressError as exc:
            fail(str(exc))
        if not os.environ.get("NEWSWIRE_BROKER_KIND"):  # the app reads it at import: decide before
            from aiokafka.errors import KafkaError

            from streams.broker.admin import broker_kind

            try:
                kind = asyncio.run(broker_kind(settings.bootstrap, settings.security))
            except (KafkaError, OSError) as exc:
                err.print(f"could not tell the broker's kind ({exc}); assuming Kafka (set NEWSWIRE_BROKER_KIND)")
                kind = "kafka"
            os.environ["NEWSWIRE_BROKER_KIND"] = kind
            if kind == "embedded":
                err.print(f"the broker at {settings.bootstrap} is the embedded one: using its settings "
                          "(one message per producer batch, short fetch wait)")
        stop_on_sigterm()  # the wait's own handlers, once removed, leave SIGTERM's default (die at once)
        from faust.worker import Worker

        from streams.app import app
        from streams.cli.worker_logs import quiet_table_dumps, ready_line
        from streams.pipeline import agents  # noqa: F401 - registers the agent with the app

        metrics = (f"on http://{settings.metrics_host}:{settings.metrics_port}/metrics" if settings.metrics_port
                   else "off")
        ready = ready_line(TopicNames(settings.topic_prefix)(RAW), settings.app_id, settings.bootstrap, metrics)

        class NewswireWorker(Worker):
            async def on_startup_finished(self) -> None:
                """After table recovery, when the agents run: said on stderr whatever the log level."""
                await super().on_startup_finished()
                if not self.should_stop:
                    print(ready, file=sys.__stderr__, flush=True)  # not through Faust's stderr-to-log redirect

        quiet_table_dumps()
        NewswireWorker(app, loglevel=loglevel, quiet=True).execute_from_commandline()


@click.command(name="broker")
@click.option("--port", type=int, default=None, help="Port to listen on (default: a free one).")
def broker(port: int | None) -> None:
    """Run the embedded Kafka-compatible broker (Tansu, memory only) until Ctrl-C.

    Example: newswire broker --port 19092   # then NEWSWIRE_BROKER=kafka://127.0.0.1:19092
    """
    from streams.broker.embedded import BrokerError, EmbeddedBroker

    try:
        with EmbeddedBroker(port=port) as b:
            out.print(f"embedded broker ready: {b.url}  (export {BROKER_ENV}={b.url}); Ctrl-C stops it")
            stop = asyncio.Event()

            async def wait() -> None:
                loop = asyncio.get_running_loop()
                for sig in (signal.SIGINT, signal.SIGTERM):
                    loop.add_signal_handler(sig, stop.set)
                await b.run_until(stop)

            asyncio.run(wait())
    except BrokerError as exc:
        fail(str(exc), EXIT_RUNTIME)


async def _publish(settings: Settings, source: str, topic: str, defaults: TextDefaults = NO_DEFAULTS
                   ) -> tuple[int, int]:
    from streams.broker.clients import producer
    from streams.cli.reach import broker_failures
    from streams.ingest.files import count_records, read_inputs

    sent = bad = 0
    total = count_records(source)
    prod = producer(settings.bootstrap, settings.security)
    async with broker_failures(settings):
        try:
            await prod.start()
            pending = []
            with Progress(console=err, transient=True, disable=(total or 0) < 50) as progress:
                task = progress.add_task(f"publishing to {topic}", total=total)
                for record in read_inputs(source, defaults=defaults):
                    progress.advance(task)
                    if record.article is None:
                        bad += 1
                        err.print(f"[red]{for_terminal(record.origin)}[/]: {record.error.reason}: "
                                  f"{for_terminal(record.error.message)}")
                        continue
                    pending.append(await prod.send(topic, orjson.dumps(record.raw),
                                                   key=record.article.id.encode()))
                    sent += 1
                await asyncio.gather(*pending)
        finally:
            await prod.stop()
    return sent, bad


@click.command()
@click.argument("source", metavar="PATH|-")
@broker_option
@prefix_option
@text_options
def publish(source: str, broker: str | None, topic_prefix: str, article_id: str | None,
            published_at: str | None) -> None:
    """Publish articles to articles.raw, keyed by article id, validated first.

    PATH: .txt, .json, .jsonl or a folder of them; `-` reads JSON lines (or one plain
    text) from stdin. Plain text: the first line is the title when a blank line follows
    it. Invalid records are reported with file and line and not sent (exit code 1).

    Example: newswire publish streams/samples/ --broker kafka://127.0.0.1:19092

    Example: newswire publish - --id council-0412 --published-at 2026-04-12 < note.txt
    """
    settings = apply_settings(broker=broker, topic_prefix=topic_prefix)
    require_broker(settings)
    defaults = text_defaults(source, article_id, published_at)
    topic = TopicNames(settings.topic_prefix)(RAW)
    try:
        sent, bad = asyncio.run(_publish(settings, source, topic, defaults))
    except (FileNotFoundError, NotPlainText) as exc:
        fail(str(exc))
    err.print(f"published {sent} article(s) to {topic}" + (f"; {bad} invalid record(s) skipped" if bad else ""))
    if bad:
        sys.exit(EXIT_INVALID_INPUT)


async def tail_topics(
    settings: Settings, topics: list[str], as_json: bool, limit: int | None, idle: float | None,
    stop_when: Callable[[str, dict], bool] | None = None, blocks: bool = False, since_ms: int | None = None,
) -> int:
    """Prints messages as they arrive; returns how many. `stop_when(topic, value)` may end it.

    `blocks` prints an enriched article with all its events under it (what `run` shows).
    `since_ms` skips messages with an older timestamp: topics are read from their start and
    filtered here, because the embedded broker's end and time offsets are wrong (shared notes).
    """
    from streams.broker.clients import consumer
    from streams.cli.reach import broker_failures
    from streams.cli.render import article_block, tail_line

    names = TopicNames(settings.topic_prefix)
    seen = 0
    cons = consumer(settings.bootstrap, topics, group=None, security=settings.security)
    async with broker_failures(settings):
        try:
            await cons.start()
            last = time.monotonic()
            while limit is None or seen < limit:
                batch = await cons.getmany(timeout_ms=500)
                if not batch:
                    if idle is not None and time.monotonic() - last > idle:
                        break
                    continue
                last = time.monotonic()
                for tp, records in batch.items():
                    for rec in records:
                        if since_ms is not None and rec.timestamp < since_ms:
                            continue
                        value = orjson.loads(rec.value)
                        seen += 1
                        if as_json:
                            sys.stdout.buffer.write(orjson.dumps({"topic": tp.topic, "value": value}) + b"\n")
                            sys.stdout.flush()
                        elif names.base(tp.topic) == ENRICHED and blocks:
                            for line in article_block(value):
                                out.print(line)
                        else:
                            out.print(tail_line(names.base(tp.topic), value, rec.value))
                        if stop_when and stop_when(names.base(tp.topic), value):
                            return seen
        finally:
            await cons.stop()
    return seen


def _since(value: str | None, from_beginning: bool) -> int | None:
    """Milliseconds since the epoch to start from: None = the topics' start; default: now."""
    from streams.cli.when import parse_since

    if from_beginning:
        if value is not None:
            fail("--since and --from-beginning exclude each other")
        return None
    try:
        return parse_since(value, now=time.time())
    except ValueError as exc:
        fail(str(exc))


@click.command()
@click.argument("topics", nargs=-1, metavar="[TOPIC...]")
@broker_option
@prefix_option
@click.option("--json", "as_json", is_flag=True, help="JSON lines ({topic, value}) instead of readable lines.")
@click.option("--max", "limit", type=int, default=None, help="Stop after this many messages.")
@click.option("--idle", type=float, default=None, help="Stop after this many seconds without a message.")
@click.option("--from-beginning/--from-end", default=False, show_default=True,
              help="Every message the topics hold, or only those from now on (a live feed).")
@click.option("--since", metavar="WHEN", default=None,
              help="Messages from this time on: a duration back (90s, 15m, 2h, 1d) or an ISO date/datetime.")
def tail(topics: tuple[str, ...], broker: str | None, topic_prefix: str, as_json: bool, limit: int | None,
         idle: float | None, from_beginning: bool, since: str | None) -> None:
    """Print messages of output topics as they arrive (default: every output topic, from now on).

    Event lines start with their article's id; article lines show id and title.

    Example: newswire tail events.meetings events.statements --since 1h

    Example: newswire tail articles.deadletter --from-beginning --json
    """
    settings = apply_settings(broker=broker, topic_prefix=topic_prefix)
    require_broker(settings)
    since_ms = _since(since, from_beginning)
    names = TopicNames(settings.topic_prefix)
    chosen = [names(t) for t in topics] if topics else names.outputs
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(tail_topics(settings, chosen, as_json, limit, idle, since_ms=since_ms))
