"""`newswire topology`: the program's own graph of sources, processors and sinks."""

from __future__ import annotations

import click

from streams.cli.common import out, prefix_option
from streams.topics import DEADLETTER, ENRICHED, EVENT_TOPICS, RAW, SCHEMA_OF, TopicNames


@click.command()
@prefix_option
def topology(topic_prefix: str) -> None:
    """Print topics → agents → topics, with each topic's schema.

    Example: newswire topology --topic-prefix staging.
    """
    from streams.enrich.pipeline import STAGES

    names = TopicNames(topic_prefix)
    out.print(f"source  {names(RAW)}  [{SCHEMA_OF[RAW]}]")
    out.print("  └─ agent enrich-articles: validate → " + " → ".join(STAGES) + " → events")
    out.print("       (table seen-articles: article id → text hash, skips re-delivered duplicates)")
    for topic in (*EVENT_TOPICS.values(), ENRICHED, DEADLETTER):
        out.print(f"       ├─ sink {names(topic)}  [{SCHEMA_OF[topic]}]")
