"""The worker's periodic audit: the leader compares articles.raw with the outcome topics every few minutes.

Why: a lost article leaves every worker's counters balanced (issue 18), so the loss is visible
only by comparing the topics (`streams.monitoring.audit`). One worker, the group's leader, does
it, and publishes the count as `newswire_audit_unaccounted_articles`; the others publish 0 so that a
former leader's last count does not linger. Settings: NEWSWIRE_AUDIT_INTERVAL (0 turns it off),
NEWSWIRE_AUDIT_WINDOW and NEWSWIRE_AUDIT_GRACE, in seconds.
"""

from __future__ import annotations

import logging

from aiokafka.errors import KafkaError

from streams.app import app, settings
from streams.monitoring import metrics
from streams.monitoring.audit import run_audit

log = logging.getLogger(__name__)
SHOWN = 10


async def audit_once() -> None:
    if not app.is_leader():
        metrics.AUDIT_UNACCOUNTED.set(0)
        return
    try:
        report = await run_audit(settings, window=settings.audit_window, grace=settings.audit_grace)
    except (KafkaError, OSError, TimeoutError) as exc:  # the broker watch reports outages; try next time
        log.warning("audit skipped: could not read the topics (%s)", exc)
        return
    metrics.AUDIT_UNACCOUNTED.set(len(report.unaccounted))
    if report.unaccounted:
        shown = ", ".join(f"{lost.partition}/{lost.offset} {lost.article_id!r}" for lost in report.unaccounted[:SHOWN])
        log.error("audit: %d of %d article(s) on %s published over %.0f s ago have no outcome "
                  "(neither enriched nor dead-lettered); partition/offset id: %s",
                  len(report.unaccounted), report.checked, report.raw_topic, settings.audit_grace, shown)


if settings.audit_interval > 0:
    app.timer(interval=settings.audit_interval)(audit_once)
