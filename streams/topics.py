"""Topic names, in one place, with the optional prefix. Key = article id on every topic."""

from __future__ import annotations

from dataclasses import dataclass

from streams import schemas

RAW = "articles.raw"
ENRICHED = "articles.enriched"
DEADLETTER = "articles.deadletter"
EVENT_TOPICS = {"meeting": "events.meetings", "statement": "events.statements", "sentiment": "events.sentiment"}
# Stories (streams/stories): meeting events re-keyed by participants so one story's mentions share a
# partition, and one message per story change (compacted: key = story id).
STORY_MENTIONS = "stories.mentions-by-participants"
STORIES = "stories.meetings"

SCHEMA_OF = {
    RAW: schemas.ARTICLE_RAW,
    ENRICHED: schemas.ARTICLE_ENRICHED,
    DEADLETTER: schemas.ARTICLE_DEADLETTER,
    **{topic: schemas.EVENT_SCHEMAS[t] for t, topic in EVENT_TOPICS.items()},
    STORY_MENTIONS: schemas.EVENT_SCHEMAS["meeting"],
    STORIES: f"story.meeting.v{schemas.VERSION}",
}
OUTPUTS = (*EVENT_TOPICS.values(), ENRICHED, DEADLETTER)


@dataclass(frozen=True)
class TopicNames:
    prefix: str = ""

    def __call__(self, base: str) -> str:
        return f"{self.prefix}{base}"

    def base(self, name: str) -> str:
        return name.removeprefix(self.prefix)

    @property
    def all(self) -> list[str]:
        return [self(t) for t in (RAW, *OUTPUTS)]

    @property
    def outputs(self) -> list[str]:
        return [self(t) for t in OUTPUTS]
