"""Meeting events for the stories tests, shaped like schemas/event.meeting.v1.json.

The people, outlets and places are invented; only the shape is real. Tests build events
here instead of running the extractor, so they test clustering and not extraction.
"""

from __future__ import annotations

import hashlib
from typing import Any

EMITTED_AT = "2031-03-06T12:00:00+00:00"


def meeting_event(
    article_id: str,
    participants: list[str | tuple[str, str | None, str]],
    *,
    status: str = "held",
    iso: str | None = None,
    date_text: str | None = None,
    place: tuple[str, str | None] | None = None,
    published: str | None = "2031-03-05",
    source: str | None = "Northern Ledger",
    mode: str = "in_person",
    ordinal: int = 0,
) -> dict[str, Any]:
    """`participants`: names (persons), or (name, title, kind) triples."""
    people = [
        {"name": p, "title": None, "kind": "person"} if isinstance(p, str)
        else {"name": p[0], "title": p[1], "kind": p[2]}
        for p in participants
    ]
    evidence = f"{people[0]['name']} and {people[-1]['name']} ({status})."
    return {
        "type": "meeting",
        "schema_version": 1,
        "event_id": hashlib.sha256(f"{article_id}/{ordinal}".encode()).hexdigest()[:32],
        "article_id": article_id,
        "article_version": hashlib.sha256(article_id.encode()).hexdigest()[:16],
        "emitted_at": EMITTED_AT,
        "published_at": f"{published}T08:00:00+00:00" if published else None,
        "source": source,
        "participants": people,
        "location": {"name": place[0], "country": place[1]} if place else None,
        "date": {"text": date_text or iso or "", "iso": iso} if (iso or date_text) else None,
        "mode": mode,
        "status": status,
        "evidence": {"text": evidence, "start": 0, "end": len(evidence)},
        "confidence": 0.8,
    }


def three_reports() -> list[dict[str, Any]]:
    """One summit, three outlets, three ways of naming the same two people and the host city."""
    return [
        meeting_event("ledger-1", [("Marta Oyelaran", "Foreign Minister", "person"), "Sergei Valkonen"],
                      iso="2031-03-04", date_text="Tuesday", place=("Tallinn", "EE"), source="Northern Ledger"),
        meeting_event("courier-7", [("Valkonen", None, "person"), ("Oyelaran", None, "person")],
                      place=("Tallinn", "EE"), published="2031-03-05", source="Baltic Courier"),
        meeting_event("gazette-3", [("Special Envoy Sergey Valkonen", None, "person"),
                                    ("Minister Marta Oyelaran", None, "person"), "Ilse Brandvold"],
                      date_text="March 4", place=("Tallinn", None), published=None, source="Harbour Gazette"),
    ]
