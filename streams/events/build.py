"""Article + Enrichment → the messages of every output topic, as plain JSON-ready dicts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from streams import schemas
from streams.enrich.model import ArticleSentiment, Enrichment, Meeting, Statement
from streams.events.ids import event_id
from streams.ingest.article import Article

NEUTRAL_TONE = {"label": "neutral", "score": 0.0}


@dataclass(frozen=True, slots=True)
class EventBatch:
    """One article's output: events per type, and the enriched article that carries them all."""

    article: Article
    meetings: list[dict[str, Any]]
    statements: list[dict[str, Any]]
    sentiment: dict[str, Any]
    enriched: dict[str, Any]

    def by_type(self) -> dict[str, list[dict[str, Any]]]:
        return {"meeting": self.meetings, "statement": self.statements, "sentiment": [self.sentiment]}


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


class _Envelope:
    """Stamps the common fields; counts spans so equal spans still get distinct ids."""

    def __init__(self, article: Article, emitted_at: str) -> None:
        self.article = article
        self.emitted_at = emitted_at
        self.version = article.version
        self._seen: Counter[tuple[str, int, int]] = Counter()

    def __call__(self, event_type: str, start: int, end: int, body: dict[str, Any]) -> dict[str, Any]:
        ordinal = self._seen[(event_type, start, end)]
        self._seen[(event_type, start, end)] += 1
        return {
            "type": event_type,
            "schema_version": schemas.VERSION,
            "event_id": event_id(self.article.id, self.version, event_type, start, end, ordinal),
            "article_id": self.article.id,
            "article_version": self.version,
            "emitted_at": self.emitted_at,
            "published_at": _iso(self.article.published_at),
            "source": self.article.source,
            **body,
        }


def _meeting(envelope: _Envelope, m: Meeting) -> dict[str, Any]:
    return envelope("meeting", m.evidence.start, m.evidence.end, {
        "participants": [asdict(p) for p in m.participants],
        "location": asdict(m.location) if m.location else None,
        "date": asdict(m.date) if m.date else None,
        "mode": m.mode,
        "status": m.status,
        "evidence": asdict(m.evidence),
        "confidence": round(m.confidence, 4),
    })


def _statement(envelope: _Envelope, s: Statement) -> dict[str, Any]:
    return envelope("statement", s.span.start, s.span.end, {
        "speaker": asdict(s.speaker) if s.speaker else None,
        "quote": s.quote,
        "kind": s.kind,
        "cue": s.cue,
        "span": asdict(s.span),
        "sentiment": {"label": s.tone.label, "score": round(s.tone.score, 4)} if s.tone else NEUTRAL_TONE,
        "confidence": round(s.confidence, 4),
    })


def _sentiment(envelope: _Envelope, s: ArticleSentiment) -> dict[str, Any]:
    return envelope("sentiment", 0, len(envelope.article.text), {
        "label": s.label,
        "score": round(s.score, 4),
        "components": {**asdict(s.components), "drivers": [asdict(d) for d in s.components.drivers]},
        "method": s.method,
    })


def build_events(article: Article, enrichment: Enrichment, emitted_at: dt.datetime | None = None) -> EventBatch:
    if enrichment.sentiment is None:
        raise ValueError("enrichment has no article sentiment")
    stamp = (emitted_at or dt.datetime.now(dt.UTC)).isoformat()
    envelope = _Envelope(article, stamp)
    meetings = [_meeting(envelope, m) for m in enrichment.meetings]
    statements = [_statement(envelope, s) for s in enrichment.statements]
    sentiment = _sentiment(envelope, enrichment.sentiment)
    enriched = {
        "schema_version": schemas.VERSION,
        "article": {
            "id": article.id,
            "version": envelope.version,
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "language": article.language,
            "published_at": _iso(article.published_at),
            "text": article.text,
        },
        "meetings": meetings,
        "statements": statements,
        "sentiment": sentiment,
        "timings": {k: round(v, 6) for k, v in enrichment.timings.items()},
        "emitted_at": stamp,
    }
    return EventBatch(article, meetings, statements, sentiment, enriched)
