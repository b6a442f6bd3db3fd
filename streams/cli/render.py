"""Readable one-line summaries of events for `run` and `tail` (JSON lines with --json)."""

from __future__ import annotations

from typing import Any

from rich.markup import escape

TONE_COLOUR = {"positive": "green", "negative": "red", "mixed": "yellow", "neutral": "white"}


def _tone(t: dict[str, Any]) -> str:
    return f"[{TONE_COLOUR.get(t['label'], 'white')}]{t['label']} {t['score']:+.2f}[/]"


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return escape(text if len(text) <= width else text[: width - 1] + "…")


def meeting(e: dict[str, Any]) -> str:
    people = ", ".join(p["name"] + (f" ({p['title']})" if p.get("title") else "") for p in e["participants"])
    where = e["location"]["name"] if e.get("location") else "?"
    when = (e["date"].get("iso") or e["date"]["text"]) if e.get("date") else "?"
    return (f"[bold cyan]MEETING[/] {e['status']}/{e['mode']} in {escape(where)} on {escape(when)}: "
            f"{escape(people)}  [dim]conf {e['confidence']:.2f}[/]")


def statement(e: dict[str, Any]) -> str:
    sp = e.get("speaker")
    who = (sp["name"] + (f", {sp['title']}" if sp.get("title") else "")) if sp else "(unattributed)"
    return (f"[bold magenta]STATEMENT[/] {escape(who)} [dim]{e['kind']}, {escape(e.get('cue') or '-')}[/] "
            f"{_tone(e['sentiment'])}: “{_clip(e['quote'])}”")


def sentiment(e: dict[str, Any]) -> str:
    c = e["components"]
    return (f"[bold yellow]SENTIMENT[/] {_tone(e)} [dim](+{c['positive']:.2f} −{c['negative']:.2f} "
            f"={c['neutral']:.2f} over {c['sentences']} sentences)[/]")


def deadletter(e: dict[str, Any]) -> str:
    where = e["origin"]
    return (f"[bold red]DEAD LETTER[/] {e['reason']}: {escape(e['message'][:200])} "
            f"[dim]({where.get('topic')}/{where.get('partition')}@{where.get('offset')})[/]")


def enriched(e: dict[str, Any]) -> str:
    a = e["article"]
    return (f"[bold]ARTICLE[/] {escape(a['id'])} “{_clip(a.get('title') or '', 80)}”: "
            f"{len(e['meetings'])} meetings, {len(e['statements'])} statements, {e['sentiment']['label']}")


def article_block(e: dict[str, Any]) -> list[str]:
    """An enriched article and all its events, as `run` shows them: one block per article."""
    return [enriched(e), *("  " + meeting(m) for m in e["meetings"]),
            *("  " + statement(s) for s in e["statements"]), "  " + sentiment(e["sentiment"])]


BY_TOPIC = {
    "events.meetings": meeting,
    "events.statements": statement,
    "events.sentiment": sentiment,
    "articles.deadletter": deadletter,
    "articles.enriched": enriched,
}
