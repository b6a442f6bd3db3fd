"""An encounter told with "also" and no place of its own happened on the occasion told just before it.

"X met A and B at the palace on Friday. X also met C": the second encounter is one more meeting of the same
visit or gathering, so it shares its place. It takes the place only from an earlier encounter of one of its
own participants with the same status, and only when no date of its own says it was another day.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from streams.enrich.extractors.meetings.merge import Cluster, same_party
from streams.enrich.model import Meeting


def share_the_occasion(clusters: list[Cluster], meetings: list[Meeting], doc: Doc) -> list[Meeting]:
    placed: list[Meeting] = []
    result = []
    for cluster, meeting in zip(clusters, meetings, strict=True):
        if meeting.location is None and _told_with_also(cluster, doc):
            earlier = next((m for m in reversed(placed) if _same_occasion(m, meeting)), None)
            if earlier is not None:
                meeting = replace(meeting, location=earlier.location)
        if meeting.location is not None:
            placed.append(meeting)
        result.append(meeting)
    return result


def _told_with_also(cluster: Cluster, doc: Doc) -> bool:
    """The mention that founded the encounter says "also" on its trigger or on the verb that holds it."""
    founder = next((m for m in cluster.mentions if not m.anaphoric), None)
    if founder is None:
        return False
    trigger = doc[founder.trigger]
    return any(c.dep_ == "advmod" and c.lower_ == "also" for t in (trigger, trigger.head) for c in t.children)


def _same_occasion(earlier: Meeting, meeting: Meeting) -> bool:
    if earlier.status != meeting.status or (meeting.date is not None and meeting.date != earlier.date):
        return False
    return any(same_party(a, b) for a in earlier.participants for b in meeting.participants)
