"""Stories as a readable table: what `newswire stories` prints (JSON lines with --json)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.table import Table

STATUS_COLOUR = {"held": "green", "planned": "cyan", "cancelled": "red"}


def _history(story: dict[str, Any]) -> str:
    return " → ".join(
        f"[{STATUS_COLOUR.get(h['status'], 'white')}]{h['status']}[/]" for h in story["status_history"]
    )


def _when(story: dict[str, Any]) -> str:
    date = story.get("date")
    if not date:
        return "?"
    if not date.get("iso"):
        return date["text"]
    return date["iso"] if date["text"] in ("", date["iso"]) else f"{date['iso']} ({date['text']})"


def _where(story: dict[str, Any]) -> str:
    place = story.get("place")
    if not place:
        return "?"
    return place["name"] + (f", {place['country']}" if place.get("country") else "")


def _people(story: dict[str, Any]) -> str:
    return "\n".join(
        p["name"] + (f" [dim]({p['title']})[/]" if p.get("title") else "") for p in story["participants"]
    )


def ordered(stories: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Most reported first; among equals, the most recently seen."""
    return sorted(stories, key=lambda s: (s["mention_count"], s["last_seen"]), reverse=True)


def stories_table(stories: Iterable[dict[str, Any]], title: str = "Meeting stories") -> Table:
    table = Table(title=title, show_lines=True, highlight=False)
    for column, style in (("story", "dim"), ("status", None), ("participants", "bold"), ("where", None),
                          ("when", None), ("mentions", None), ("sources", None), ("first / last seen", "dim")):
        table.add_column(column, style=style, justify="right" if column == "mentions" else "left")
    for s in ordered(stories):
        table.add_row(
            s["story_id"][:8], _history(s), _people(s), _where(s), _when(s), str(s["mention_count"]),
            "\n".join(s["sources"]) or "?", f"{s['first_seen'][:16]}\n{s['last_seen'][:16]}",
        )
    return table
