"""The repartition key of a meeting mention: which partition, and which table entry, may hold its story.

All mentions of one meeting must meet in one partition, and the key must come from the
mention alone. The full participant set is no such key: one outlet lists the two principals,
another adds every attendee. The two principals are what every report names, and the
extractor lists them first (subject, then counterpart), so the key is that pair, sorted so
"A met B" and "B met A" agree. Attendees still count when mentions are matched.
"""

from __future__ import annotations

from typing import Any

from streams.stories.identity import Identity, canonical

PRINCIPALS = 2


def identities(event: dict[str, Any]) -> list[Identity]:
    """Canonical participants in the extractor's order, each party once."""
    seen: list[Identity] = []
    for participant in event.get("participants") or ():
        identity = canonical(participant["name"], participant.get("kind") or "person")
        if all(known.id != identity.id for known in seen):
            seen.append(identity)
    return seen


def principals(parties: list[Identity]) -> list[Identity]:
    """The first two named people when there are two: one outlet adds the host country or a delegation
    ("Russia", "the US side") where another names only the two people, and the pair must not change."""
    named = [p for p in parties if p.id.startswith("person:")]
    return (named if len(named) >= PRINCIPALS else parties)[:PRINCIPALS]


def block_key(event: dict[str, Any]) -> str | None:
    """`None` for a mention without participants: there is nothing to tell its story by."""
    parties = identities(event)
    if not parties:
        return None
    return "|".join(sorted(p.id for p in principals(parties)))
