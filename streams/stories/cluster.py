"""Merge one meeting event into the stories of its block: pure, so the agent and the CLI share it.

A mention joins the best story that does not contradict it; otherwise it starts a story. Time is
the strongest test: resolved dates must agree within a day; without them, "May 14" must agree with
the story's day, and the publication date must fall in a window around the story (wide while the
meeting is only planned, since previews come weeks ahead; narrow once held, since a pair meeting
again a month later is a new story). Place, mode and status must not contradict either; an outcome
cannot precede its plan, and one article never reports one encounter twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from streams.stories.blocking import block_key, identities
from streams.stories.identity import alias_key, country_code
from streams.stories.state import (
    Story,
    add_mention,
    best_date,
    best_mode,
    best_place,
    event_ids,
    new_story,
    status,
    story_identities,
)
from streams.stories.when import (
    event_date,
    event_month_day,
    instant,
    month_day,
    parse_date,
    reference_date,
    reported_by,
)

SAME_DAY = dt.timedelta(days=1)
HELD_WINDOW = dt.timedelta(days=7)
PLANNED_WINDOW = dt.timedelta(days=45)
# Stories kept per block; the least recently seen go first (they can no longer absorb news).
MAX_STORIES = 100


@dataclass(frozen=True, slots=True)
class Merge:
    """`story` is None when the event was already merged (a re-delivery): nothing to publish."""

    stories: list[Story]
    story: Story | None = None
    change: str | None = None
    transition: tuple[str, str] | None = None


def _story_dates(story: Story) -> list[dt.date]:
    return [d for m in story["mentions"] if (d := reference_date(m))]


def _anchor(story: Story) -> dt.date | None:
    return parse_date((best_date(story) or {}).get("iso"))


def _story_month_day(story: Story) -> tuple[int, int] | None:
    date = best_date(story)
    if not date:
        return None
    resolved = parse_date(date["iso"])
    return (resolved.month, resolved.day) if resolved else month_day(date["text"])


def time_fits(story: Story, event: dict[str, Any]) -> bool:
    mine, theirs = event_date(event), _anchor(story)
    if mine and theirs:
        return abs(mine - theirs) <= SAME_DAY
    day, story_day = event_month_day(event), _story_month_day(story)
    if day and story_day and day != story_day:
        return False
    ref = reference_date(event)
    dates = [theirs] if theirs else _story_dates(story)
    if ref is None or not dates:
        return True
    window = PLANNED_WINDOW if "planned" in (status(story), event["status"]) else HELD_WINDOW
    return min(dates) - window <= ref <= max(dates) + window


def status_fits(story: Story, event: dict[str, Any]) -> bool:
    """Planned takes any outcome; held and cancelled exclude each other; a preview may arrive late."""
    current, new = status(story), event["status"]
    if current in (new, "planned"):
        return True
    if new != "planned":
        return False
    ref, anchor = reference_date(event), _anchor(story) or max(_story_dates(story), default=None)
    return ref is None or anchor is None or ref <= anchor


def _place_code(place: dict[str, Any]) -> str | None:
    return place.get("country") or country_code(place["name"])


def place_fits(story: Story, event: dict[str, Any]) -> bool:
    """Different countries mean two meetings; a country contains its cities. Two places in one country
    (or of unknown country) are one meeting only when something else pins it: both dates resolved (the
    time test makes them agree), or a preview, which names the host city where reports name the venue."""
    ours, theirs = best_place(story), event.get("location")
    if not ours or not theirs or alias_key(ours["name"]) == alias_key(theirs["name"]):
        return True
    a, b = _place_code(ours), _place_code(theirs)
    if a and b and a != b:
        return False
    if country_code(ours["name"]) is not None or country_code(theirs["name"]) is not None:
        return True
    pinned = event_date(event) is not None and _anchor(story) is not None
    return pinned or "planned" in (status(story), event["status"])


def mode_fits(story: Story, event: dict[str, Any]) -> bool:
    """A phone or video call is another encounter than a visit, whoever the parties."""
    ours, theirs = best_mode(story), event.get("mode") or "unknown"
    return "unknown" in (ours, theirs) or ours == theirs


def article_fits(story: Story, event: dict[str, Any]) -> bool:
    """An article reports each encounter once: two of its meetings are two encounters (a plan and the
    pair's earlier meeting, a call and a visit). A new version of the article is another report."""
    version = (event["article_id"], event.get("article_version"))
    return all((m["article_id"], m.get("article_version")) != version for m in story["mentions"])


def order_fits(story: Story, event: dict[str, Any]) -> bool:
    """An outcome cannot precede its plan: a meeting held (or called off) before the first report that it
    was planned is an earlier encounter ("they last met in November"), not this plan's outcome."""
    if event["status"] == "planned":
        return True
    announced = [d for m in story["mentions"] if m["status"] == "planned" and (d := parse_date(m["published_at"]))]
    happened = reported_by(event)
    return not announced or happened is None or happened >= min(announced) - SAME_DAY


def fits(story: Story, event: dict[str, Any]) -> bool:
    return all(test(story, event) for test in (article_fits, status_fits, order_fits, mode_fits, time_fits,
                                                place_fits))


def _score(story: Story, event: dict[str, Any]) -> tuple[float, dt.datetime]:
    """Agreeing day and place first, then shared attendees; ties go to the latest story."""
    score = 0.0
    day = event_month_day(event)
    if day and day == _story_month_day(story):
        score += 2
    place, location = best_place(story), event.get("location")
    if place and location and alias_key(place["name"]) == alias_key(location["name"]):
        score += 1
    known = {i.id for i in story_identities(story)}
    score += 0.25 * sum(1 for i in identities(event) if i.id in known)
    return score, instant(story["last_seen"])


def merge(stories: list[Story], event: dict[str, Any]) -> Merge:
    """`stories` are the block's (the table value for `block_key(event)`); returns the new value."""
    if any(event["event_id"] in event_ids(s) for s in stories):
        return Merge(stories)
    candidates = [s for s in stories if fits(s, event)]
    if candidates:
        target = max(candidates, key=lambda s: _score(s, event))
        story, transition = add_mention(target, event)
        change = "status" if transition else "mention"
        kept = [story if s is target else s for s in stories]
    else:
        block = block_key(event)
        if block is None:
            raise ValueError(f"meeting event {event['event_id']} has no participants")
        story, transition, change = new_story(block, event), None, "created"
        kept = [*stories, story]
    kept = sorted(kept, key=lambda s: instant(s["last_seen"]))[-MAX_STORIES:]
    return Merge(kept, story, change, transition)


def replay(events: Iterable[dict[str, Any]]) -> Iterator[Merge]:
    """Offline: merges `events` in order exactly as the agents would, one result per event."""
    blocks: dict[str, list[Story]] = {}
    for event in events:
        block = block_key(event)
        if block is not None:
            result = merge(blocks.get(block, []), event)
            blocks[block] = result.stories
            yield result
