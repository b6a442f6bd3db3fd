"""Meeting events for offline clustering: from a JSON-lines file of events, or from articles via the core.

`newswire enrich` writes events as JSON lines; feeding them back here clusters exactly what
the worker would have clustered, without a broker. Article files go through the same core.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from streams.ingest.files import InputRecord

Report = Callable[[str, str], None]


def is_event_file(source: str) -> bool:
    """A .jsonl whose first record is an event (it has an event id), not an article."""
    path = Path(source)
    if path.suffix != ".jsonl" or not path.is_file():
        return False
    with path.open(encoding="utf-8") as lines:
        first = next((line for line in lines if line.strip()), "")
    try:
        record = orjson.loads(first)
    except orjson.JSONDecodeError:
        return False
    return isinstance(record, dict) and "event_id" in record and "type" in record


def meetings_from_events(source: str, report: Report) -> Iterator[dict[str, Any]]:
    """Meeting events of an events file, in file order; other event types are skipped silently."""
    with Path(source).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                event = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                report(f"{source}:{number}", f"not JSON: {exc}")
                continue
            if isinstance(event, dict) and event.get("type") == "meeting":
                yield event


def _news_order(record: InputRecord) -> tuple[bool, dt.datetime]:
    """Published first, oldest first; undated articles after them, in the order they were found."""
    published = record.article.published_at if record.article else None
    if published is None:
        return True, dt.datetime.min.replace(tzinfo=dt.UTC)
    return False, published if published.tzinfo else published.replace(tzinfo=dt.UTC)


def meetings_from_articles(source: str, report: Report) -> Iterator[dict[str, Any]]:
    """Runs the enrichment core on article files (slow: loads spaCy) and yields their meeting events.

    Articles go in publication order, as a live feed would bring them, not in file-name order.
    """
    from streams.enrich.pipeline import Enricher, EnrichmentFailed
    from streams.events.build import build_events
    from streams.ingest.files import read_inputs

    enricher = Enricher()
    for record in sorted(read_inputs(source), key=_news_order):
        if record.article is None:
            report(record.origin, f"{record.error.reason}: {record.error.message}")
            continue
        try:
            yield from build_events(record.article, enricher.enrich(record.article)).meetings
        except EnrichmentFailed as exc:
            report(record.origin, f"enrichment_error: {exc}")
