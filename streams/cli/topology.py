"""`newswire topology`: the program's own graph of sources, processors, tables and sinks."""

from __future__ import annotations

import click

from streams.cli.common import out, prefix_option
from streams.cli.escaping import for_terminal
from streams.topics import (
    DEADLETTER,
    ENRICHED,
    EVENT_TOPICS,
    RAW,
    SCHEMA_OF,
    STORIES,
    STORY_MENTIONS,
    TopicNames,
)


def topology_lines(prefix: str) -> list[str]:
    """Plain text (no markup): topic names and `[schema]` are shown exactly as they are."""
    from streams.enrich.pipeline import STAGES

    names = TopicNames(prefix)

    def topic(base: str) -> str:
        return f"{names(base)}  [{SCHEMA_OF[base]}]"

    outputs = (*EVENT_TOPICS.values(), ENRICHED, DEADLETTER)
    return [
        f"source  {topic(RAW)}",
        "  └─ agent enrich-articles: validate → " + " → ".join(STAGES) + " → events",
        "       (table seen-articles: article id → text hash, skips re-delivered duplicates)",
        *(f"       {'└' if t == outputs[-1] else '├'}─ sink {topic(t)}" for t in outputs),
        "",
        f"source  {topic(EVENT_TOPICS['meeting'])}",
        "  └─ agent route-meetings: re-key each meeting by its participants' block",
        f"       └─ repartition {topic(STORY_MENTIONS)}",
        "            └─ agent cluster-stories: merge mentions into one story per real-world meeting",
        "                 (table story-blocks: participants' block → story ids)",
        "                 (table stories: story id → story state)",
        f"                 └─ sink {topic(STORIES)}  (compacted, key = story id)",
    ]


@click.command()
@prefix_option
def topology(topic_prefix: str) -> None:
    """Print topics → agents → topics, with each topic's schema and the agents' tables.

    Example: newswire topology --topic-prefix staging.
    """
    for line in topology_lines(topic_prefix):
        out.print(for_terminal(line))
