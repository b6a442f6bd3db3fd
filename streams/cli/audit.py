"""`newswire audit`: articles published to articles.raw that have no outcome yet, which should not exist."""

from __future__ import annotations

import asyncio
import sys
import time

import click
from aiokafka.errors import KafkaError

from streams.cli.common import (
    EXIT_RUNTIME,
    apply_settings,
    broker_option,
    err,
    fail,
    out,
    prefix_option,
    require_broker,
)
from streams.monitoring.audit import AuditReport, run_audit

# Exit code when some article has no outcome: the audit found what it exists to find.
EXIT_UNACCOUNTED = 1
SHOWN = 50


def _clock(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(epoch))


def _print(report: AuditReport) -> None:
    out.print(f"{report.raw_topic}: {report.checked} article(s) published {_clock(report.since)} – "
              f"{_clock(report.until)}: {report.enriched} enriched, {report.dead_lettered} dead-lettered, "
              f"{len(report.unaccounted)} with no outcome; {report.too_recent} newer, not judged yet", markup=False)
    for lost in report.unaccounted[:SHOWN]:
        out.print(f"  no outcome: partition {lost.partition} offset {lost.offset} id {lost.article_id!r} "
                  f"(published {lost.age_seconds:.0f}s ago)", markup=False)
    if len(report.unaccounted) > SHOWN:
        out.print(f"  … and {len(report.unaccounted) - SHOWN} more (--json lists all)", markup=False)


@click.command()
@broker_option
@prefix_option
@click.option("--since", "since_minutes", type=click.FloatRange(min=0, min_open=True), default=60.0,
              show_default=True, help="Audit articles published in the last MINUTES.", metavar="MINUTES")
@click.option("--grace", "grace_minutes", type=click.FloatRange(min=0), default=10.0, show_default=True,
              metavar="MINUTES", help="Articles younger than this are not judged yet (still being enriched).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: counts and every unaccounted article.")
def audit(broker: str | None, topic_prefix: str, since_minutes: float, grace_minutes: float, as_json: bool) -> None:
    """Report articles on articles.raw with neither an enriched article nor a dead letter.

    An article counts as done when articles.enriched holds its id with the same text version,
    or when a dead letter names its place (partition, offset) on articles.raw. Anything else
    older than --grace was lost or is stuck: exit code 1 (0 when every article is accounted
    for, 3 when the topics could not be read). Workers run the same check every 5 minutes
    (`newswire_audit_unaccounted_articles`).

    Example: newswire audit --broker kafka://127.0.0.1:29092 --since 120 --grace 5 --json
    """
    settings = apply_settings(broker=broker, topic_prefix=topic_prefix)
    require_broker(settings)
    try:
        report = asyncio.run(run_audit(settings, window=since_minutes * 60, grace=grace_minutes * 60))
    except (KafkaError, OSError, TimeoutError) as exc:
        fail(f"could not read the topics: {exc}", EXIT_RUNTIME)
    if as_json:
        sys.stdout.buffer.write(report.as_json() + b"\n")
    else:
        _print(report)
    if report.unaccounted:
        if not as_json:
            err.print(f"{len(report.unaccounted)} article(s) have no outcome after {grace_minutes:g} minutes")
        sys.exit(EXIT_UNACCOUNTED)
