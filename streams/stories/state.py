"""A story's stored state, and everything a subscriber sees derived from it by vote.

The table keeps only what cannot be recomputed: the mentions (with their evidence) and the
status history. Participants, place, date and mode are re-derived from the mentions on every
change, so a later, better-informed report can outvote an early one instead of being ignored.
State is plain JSON (the table's changelog stores it as is); functions return new dicts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from typing import Any

from streams import schemas
from streams.stories.identity import Identity, canonical, same_person
from streams.stories.when import instant, parse_date, seen_at

Story = dict[str, Any]
# One meeting rarely draws hundreds of reports; beyond that the oldest evidence is dropped (counts stay),
# which keeps a story message (and its changelog record) well under Kafka's 1 MB default.
MAX_MENTIONS = 200
EVIDENCE_CHARS = 400
FINAL_STATUSES = ("held", "cancelled")


def story_id(block: str, first_event_id: str) -> str:
    """Deterministic, so a replay after a crash re-creates the same story instead of a twin."""
    return hashlib.sha256(f"{block}\x1f{first_event_id}".encode()).hexdigest()[:32]


def _mention(event: dict[str, Any]) -> dict[str, Any]:
    evidence = event["evidence"]
    return {
        "event_id": event["event_id"],
        "article_id": event["article_id"],
        "article_version": event.get("article_version"),
        "source": event.get("source"),
        "published_at": event.get("published_at"),
        "seen_at": seen_at(event),
        "status": event["status"],
        "mode": event.get("mode") or "unknown",
        "date": event.get("date"),
        "location": event.get("location"),
        "participants": [
            {"name": p["name"], "title": p.get("title"), "kind": p.get("kind") or "person"}
            for p in event["participants"]
        ],
        "evidence": {"text": evidence["text"][:EVIDENCE_CHARS], "start": evidence["start"], "end": evidence["end"]},
    }


def new_story(block: str, event: dict[str, Any]) -> Story:
    empty: Story = {
        "story_id": story_id(block, event["event_id"]),
        "block_key": block,
        "mention_count": 0,
        "mentions": [],
        "status_history": [],
        "first_seen": seen_at(event),
        "last_seen": seen_at(event),
    }
    return add_mention(empty, event)[0]


def add_mention(story: Story, event: dict[str, Any]) -> tuple[Story, tuple[str, str] | None]:
    """The story with one more mention, and the status transition it caused, if any."""
    mention = _mention(event)
    grown = {
        **story,
        "mention_count": story["mention_count"] + 1,
        "mentions": [*story["mentions"], mention][-MAX_MENTIONS:],
        "first_seen": min(story["first_seen"], mention["seen_at"], key=instant),
        "last_seen": max(story["last_seen"], mention["seen_at"], key=instant),
        "updated_at": event["emitted_at"],
    }
    history = status_history(grown["mentions"], story["status_history"], best_date(grown))
    before, after = (story["status_history"][-1]["status"] if story["status_history"] else None), history[-1]["status"]
    return {**grown, "status_history": history}, ((before, after) if before and before != after else None)


def _news_order(entry: dict[str, Any]) -> tuple[dt.datetime, bool]:
    """When the news was reported; on a tie the plan comes before its outcome."""
    return instant(entry["at"]), entry["status"] != "planned"


def _before(mention: dict[str, Any], day: dt.date) -> bool:
    published = parse_date(mention["published_at"])
    return published is not None and published < day - dt.timedelta(days=1)


def _story_status(mention: dict[str, Any], meeting_day: dt.date | None) -> str:
    """What a report tells the story: "held" published days before the meeting's date was a preview."""
    early = meeting_day is not None and mention["status"] == "held" and _before(mention, meeting_day)
    return "planned" if early else mention["status"]


def status_history(
    mentions: list[dict[str, Any]], previous: list[dict[str, Any]], date: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """The status changes in news order (publication, not arrival), re-read from every report.

    It starts with the first status reported; only planned → held or planned → cancelled follow. So a
    late preview dated before the outcome goes in front of it, and one dated after moves nothing back.
    A "held" published days before the meeting's date counts as planned, once a report published after
    that date confirms it (without one, the date is the likelier error). Entries of reports whose
    evidence was trimmed are kept from the previous history.
    """
    meeting_day = parse_date((date or {}).get("iso"))
    if meeting_day and all(_before(m, meeting_day) for m in mentions if m["status"] == "held"):
        meeting_day = None
    present = {m["article_id"] for m in mentions}
    entries = [h for h in previous if h["article_id"] not in present] + [
        {"status": _story_status(m, meeting_day), "at": m["seen_at"], "article_id": m["article_id"]}
        for m in mentions
    ]
    walked: list[dict[str, Any]] = []
    for item in sorted(entries, key=_news_order):
        if not walked or (walked[-1]["status"] == "planned" and item["status"] in FINAL_STATUSES):
            walked.append(item)
    return walked


def status(story: Story) -> str:
    return story["status_history"][-1]["status"]


def event_ids(story: Story) -> set[str]:
    return {m["event_id"] for m in story["mentions"]}


def _vote(values: list[Any]) -> Any:
    """Most votes; ties go to the value reported first (Counter keeps first-seen order)."""
    votes = Counter(values)
    return max(votes, key=votes.__getitem__) if votes else None


def best_place(story: Story) -> dict[str, Any] | None:
    places = [(loc["name"], loc.get("country")) for m in story["mentions"] if (loc := m.get("location"))]
    winner = _vote(places)
    return {"name": winner[0], "country": winner[1]} if winner else None


def best_date(story: Story) -> dict[str, Any] | None:
    """A resolved ISO date outvotes any number of unresolved texts."""
    dates = [m["date"] for m in story["mentions"] if m.get("date")]
    resolved = [d for d in dates if d.get("iso")]
    if resolved:
        iso = _vote([d["iso"] for d in resolved])
        return {"iso": iso, "text": next(d["text"] for d in resolved if d["iso"] == iso)}
    text = _vote([d["text"] for d in dates])
    return {"iso": None, "text": text} if text else None


def best_mode(story: Story) -> str:
    return _vote([m["mode"] for m in story["mentions"] if m["mode"] != "unknown"]) or "unknown"


def story_identities(story: Story) -> list[Identity]:
    return [canonical(p["name"], p["kind"]) for m in story["mentions"] for p in m["participants"]]


def participants(story: Story) -> list[dict[str, Any]]:
    """One entry per party however it was written; the fullest written form names it."""
    groups: list[dict[str, Any]] = []
    for index, mention in enumerate(story["mentions"]):
        for p in mention["participants"]:
            identity = canonical(p["name"], p["kind"])
            group = next((g for g in groups if same_person(g["identity"], identity)), None)
            if group is None:
                group = {"identity": identity, "names": [], "titles": [], "mentions": set(), "first": len(groups)}
                groups.append(group)
            elif len((identity.given or "").split()) > len((group["identity"].given or "").split()):
                group["identity"] = identity  # the fullest given names, so "Recep" and "Tayyip" both fit
            group["names"].append(identity.name)
            if p.get("title"):
                group["titles"].append(p["title"])
            group["mentions"].add(index)
    groups.sort(key=lambda g: (-len(g["mentions"]), g["first"]))
    ids = Counter(g["identity"].id for g in groups)
    return [
        {
            "id": _participant_id(g["identity"], ids),
            "name": max(g["names"], key=lambda n: (len(n.split()), g["names"].count(n))),
            "kind": g["identity"].kind,
            "title": _vote(g["titles"]),
            "aliases": sorted(set(g["names"])),
            "mentions": len(g["mentions"]),
        }
        for g in groups
    ]


def _participant_id(identity: Identity, ids: Counter) -> str:
    """Ids are unique within a story: namesakes (same family name, other given name) are told apart by it."""
    if ids[identity.id] == 1 or not identity.given:
        return identity.id
    return f"{identity.id}/{identity.given.replace(' ', '-')}"


def _distinct(values: list[Any]) -> list[Any]:
    return list(dict.fromkeys(v for v in values if v))


def story_message(story: Story, change: str) -> dict[str, Any]:
    """The stories.meetings value: the whole current state, so the latest message per key suffices."""
    return {
        "schema_version": schemas.VERSION,
        "story_id": story["story_id"],
        "block_key": story["block_key"],
        "change": change,
        "status": status(story),
        "status_history": story["status_history"],
        "participants": participants(story),
        "place": best_place(story),
        "date": best_date(story),
        "mode": best_mode(story),
        "first_seen": story["first_seen"],
        "last_seen": story["last_seen"],
        "updated_at": story["updated_at"],
        "mention_count": story["mention_count"],
        "articles": _distinct([m["article_id"] for m in story["mentions"]]),
        "sources": _distinct([m["source"] for m in story["mentions"]]),
        "mentions": story["mentions"],
    }
