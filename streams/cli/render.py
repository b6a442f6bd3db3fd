"""Readable one-line summaries of events for `run` and `tail` (JSON lines with --json).

Every article-provided field (ids, titles, names, quotes, places) goes through `for_terminal`:
an article must not be able to send the terminal commands or forge lines.
"""

from __future__ import annotations

from typing import Any

from streams.cli.escaping import for_terminal

TONE_COLOUR = {"positive": "green", "negative": "red", "mixed": "yellow", "neutral": "white"}


def _tone(t: dict[str, Any]) -> str:
    return f"[{TONE_COLOUR.get(t['label'], 'white')}]{t['label']} {t['score']:+.2f}[/]"


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return for_terminal(text if len(text) <= width else text[: width - 1] + "…")


def meeting(e: dict[str, Any]) -> str:
    people = ", ".join(p["name"] + (f" ({p['title']})" if p.get("title") else "") for p in e["participants"])
    where = e["location"]["name"] if e.get("location") else "?"
    when = (e["date"].get("iso") or e["date"]["text"]) if e.get("date") else "?"
    return (f"[bold cyan]MEETING[/] {e['status']}/{e['mode']} in {for_terminal(where)} on {for_terminal(when)}: "
            f"{for_terminal(people)}  [dim]conf {e['confidence']:.2f}[/]")


def statement(e: dict[str, Any]) -> str:
    sp = e.get("speaker")
    who = (sp["name"] + (f", {sp['title']}" if sp.get("title") else "")) if sp else "(unattributed)"
    return (f"[bold magenta]STATEMENT[/] {for_terminal(who)} [dim]{e['kind']}, {for_terminal(e.get('cue') or '-')}[/] "
            f"{_tone(e['sentiment'])}: “{_clip(e['quote'])}”")


def sentiment(e: dict[str, Any]) -> str:
    c = e["components"]
    return (f"[bold yellow]SENTIMENT[/] {_tone(e)} [dim](+{c['positive']:.2f} −{c['negative']:.2f} "
            f"={c['neutral']:.2f} over {c['sentences']} sentences)[/]")


def deadletter(e: dict[str, Any]) -> str:
    where = e["origin"]
    return (f"[bold red]DEAD LETTER[/] {e['reason']}: {for_terminal(e['message'][:200])} "
            f"[dim]({for_terminal(str(where.get('topic')))}/{where.get('partition')}@{where.get('offset')})[/]")


def enriched(e: dict[str, Any]) -> str:
    a = e["article"]
    return (f"[bold]ARTICLE[/] {for_terminal(a['id'])} “{_clip(a.get('title') or '', 80)}”: "
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


def tail_line(base_topic: str, value: Any, raw: bytes) -> str:
    """One message as `tail` prints it: event lines start with their article's id (the article line has it)."""
    render = BY_TOPIC.get(base_topic)
    if render is None or not isinstance(value, dict):
        return f"{for_terminal(base_topic)}: {for_terminal(repr(raw[:200]))}"
    article = value.get("article_id") if base_topic != "articles.enriched" else None
    return (f"[dim]{for_terminal(str(article))}[/] " if article else "") + render(value)
