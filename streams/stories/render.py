"""Stories as readable blocks: what `newswire stories` prints (JSON lines with --json).

One block per story, one fact a line, each line cut to the terminal width: a table of eight columns
cannot show participant lists and evidence in 80 columns, and wrapped cells read one word a line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Group
from rich.text import Text

from streams.stories.when import instant

STATUS_COLOUR = {"held": "green", "planned": "cyan", "cancelled": "red"}
# Reports listed per story (the latest); the earlier ones are counted. --json has them all.
REPORT_LINES = 4


def _line(*parts: str | tuple[str, str]) -> Text:
    return Text.assemble(*parts, no_wrap=True, overflow="ellipsis")


def _status(status: str) -> tuple[str, str]:
    return status, f"bold {STATUS_COLOUR.get(status, 'white')}"


def _when(story: dict[str, Any]) -> str:
    date = story.get("date")
    if not date:
        return "date ?"
    if not date.get("iso"):
        return date["text"]
    return date["iso"] if date["text"] in ("", date["iso"]) else f"{date['iso']} ({date['text']})"


def _where(story: dict[str, Any]) -> str:
    place = story.get("place")
    if not place:
        return "place ?"
    return place["name"] + (f", {place['country']}" if place.get("country") else "")


def _people(story: dict[str, Any]) -> str:
    """Names only: titles differ by outlet and would push the second participant off the line."""
    return ", ".join(p["name"] for p in story["participants"])


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _history(story: dict[str, Any]) -> list[str | tuple[str, str]]:
    parts: list[str | tuple[str, str]] = []
    for entry in story["status_history"]:
        parts += [" → " if parts else "", _status(entry["status"]), (f" {entry['at'][:10]}", "dim")]
    return parts


def _report(mention: dict[str, Any]) -> Text:
    evidence = " ".join(mention["evidence"]["text"].split())
    return _line("  ", ((mention.get("published_at") or "undated")[:10], "dim"), " ",
                 (mention.get("source") or "?", "bold"), " ", _status(mention["status"]), f" “{evidence}”")


def story_block(story: dict[str, Any]) -> Group:
    """Header, place and time, history, then the latest reports in news order (as the history reads)."""
    mode = story["mode"].replace("_", " ")
    mentions = sorted(story["mentions"], key=lambda m: instant(m["seen_at"]))
    shown = mentions[-REPORT_LINES:]
    earlier = story["mention_count"] - len(shown)
    return Group(
        _line(_status(story["status"]), " ", (_people(story), "bold")),
        _line("  ", _where(story), " · ", _when(story), " · ", mode, " · ",
              _count(story["mention_count"], "report"), ", ", _count(len(story["sources"]), "source")),
        _line("  ", *_history(story), (f"  story {story['story_id'][:8]}", "dim")),
        *([_line((f"  … {_count(earlier, 'earlier report')} (--json lists them)", "dim"))] if earlier else []),
        *(_report(m) for m in shown),
    )


def ordered(stories: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Most reported first; among equals, the most recently seen."""
    return sorted(stories, key=lambda s: (s["mention_count"], s["last_seen"]), reverse=True)


def stories_view(stories: Iterable[dict[str, Any]], title: str = "Meeting stories") -> Group:
    blocks: list[Any] = [_line((title, "bold underline"))]
    for story in ordered(stories):
        blocks += [Text(""), story_block(story)]
    return Group(*blocks)
