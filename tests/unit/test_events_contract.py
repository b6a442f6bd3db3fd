"""Events against the schemas, both ways: what we emit validates; what the schema accepts we can read."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest

from streams import schemas, topics
from streams.enrich.model import (
    ArticleSentiment,
    DateRef,
    Enrichment,
    Evidence,
    Location,
    Meeting,
    Participant,
    SentimentComponents,
    Span,
    Speaker,
    Statement,
    Tone,
    ToneDriver,
)
from streams.events.build import build_events
from streams.events.deadletter import Origin, dead_letter
from streams.events.outgoing import ArticleProcessor, event_messages
from streams.ingest.article import Article
from streams.ingest.validate import decode_article

TEXT = 'Minister Ana Torres met Governor Li Wen in Porto on Monday. "We agreed a plan," Torres said.'


def _enrichment() -> Enrichment:
    meeting = Meeting(
        participants=(Participant("Ana Torres", "Minister"), Participant("Li Wen", "Governor")),
        location=Location("Porto", "PT"), date=DateRef("on Monday", "2026-02-02"), mode="in_person",
        status="held", evidence=Evidence(TEXT[:59], 0, 59), confidence=0.9,
    )
    statement = Statement(Speaker("Ana Torres", "Minister"), "We agreed a plan,", "direct", "said",
                          Span(61, 78), 0.95, Tone("positive", 0.4))
    sentiment = ArticleSentiment("positive", 0.3, SentimentComponents(0.5, 0.0, 0.5, 2), "test")
    return Enrichment([statement], [meeting], sentiment, {"parse": 0.01})


def _article(text: str = TEXT) -> Article:
    return Article("art-1", text, title="Plan agreed", published_at=dt.datetime(2026, 2, 3, tzinfo=dt.UTC))


def test_every_event_validates_against_its_schema():
    batch = build_events(_article(), _enrichment())
    for event_type, events in batch.by_type().items():
        for event in events:
            assert schemas.errors(schemas.EVENT_SCHEMAS[event_type], event) == []
    assert schemas.errors(schemas.ARTICLE_ENRICHED, batch.enriched) == []


def test_schema_rejects_what_consumers_could_not_use():
    event = build_events(_article(), _enrichment()).meetings[0]
    for broken in ({**event, "mode": "telepathy"}, {**event, "event_id": "short"},
                   {k: v for k, v in event.items() if k != "participants"}):
        assert schemas.errors(schemas.EVENT_SCHEMAS["meeting"], broken)


def test_sentiment_components_say_what_drove_the_label_and_validate():
    components = SentimentComponents(0.5, 0.0, 0.5, 2, headline=0.4, lede=0.3, narrative=0.2, statements=None,
                                     drivers=(ToneDriver("agreed", 1.1), ToneDriver("delay", -0.4)))
    enrichment = _enrichment()
    enrichment.sentiment = ArticleSentiment("positive", 0.3, components, "test")
    event = build_events(_article(), enrichment).sentiment
    assert schemas.errors(schemas.EVENT_SCHEMAS["sentiment"], event) == []
    assert event["components"]["drivers"] == [{"word": "agreed", "valence": 1.1}, {"word": "delay", "valence": -0.4}]
    assert event["components"]["statements"] is None
    broken = {**event, "components": {**event["components"], "drivers": [{"word": "agreed"}]}}
    assert schemas.errors(schemas.EVENT_SCHEMAS["sentiment"], broken)


def test_sentiment_basis_says_which_rule_decided_and_validates():
    enrichment = _enrichment()
    components = SentimentComponents(0.1, 0.2, 0.7, 10, basis="lead")
    enrichment.sentiment = ArticleSentiment("negative", -0.05, components, "t")
    event = build_events(_article(), enrichment).sentiment
    assert event["components"]["basis"] == "lead"
    assert schemas.errors(schemas.EVENT_SCHEMAS["sentiment"], event) == []
    broken = {**event, "components": {**event["components"], "basis": "headline"}}
    assert schemas.errors(schemas.EVENT_SCHEMAS["sentiment"], broken)


def test_event_ids_are_deterministic_and_change_with_the_text():
    first = build_events(_article(), _enrichment())
    again = build_events(_article(), _enrichment(), emitted_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    changed = build_events(_article(TEXT + " More text."), _enrichment())
    ids = [e["event_id"] for evs in first.by_type().values() for e in evs]
    assert ids == [e["event_id"] for evs in again.by_type().values() for e in evs]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & {e["event_id"] for evs in changed.by_type().values() for e in evs}


def test_messages_are_keyed_by_article_and_carry_schema_headers():
    messages = event_messages(build_events(_article(), _enrichment()))
    assert [m.topic for m in messages][-1] == topics.ENRICHED
    for m in messages:
        assert m.key == b"art-1"
        headers = dict(m.headers)
        assert headers["schema"].decode() == topics.SCHEMA_OF[m.topic]
        assert schemas.errors(topics.SCHEMA_OF[m.topic], orjson.loads(m.value)) == []


def test_dead_letter_validates_and_keeps_bytes_that_are_not_utf8():
    letter = dead_letter(b"\xff\x00raw", Origin("articles.raw", 2, 17, 1.5, None), "not_utf8", "bad bytes")
    assert schemas.errors(schemas.ARTICLE_DEADLETTER, letter) == []
    assert letter["original_encoding"] == "base64"


@pytest.mark.parametrize("published", ["2026-02-03", "2026-02-03T10:00:00Z", "2026-02-03T10:00:00+02:00", None])
def test_what_the_raw_schema_accepts_the_core_reads(published):
    raw = {"id": "x", "text": "Hello.", "published_at": published, "title": None, "source": "S", "language": "en"}
    assert schemas.errors(schemas.ARTICLE_RAW, raw) == []
    assert decode_article(orjson.dumps(raw)).id == "x"


def test_samples_are_valid_raw_articles(sample_articles):
    assert len(sample_articles) >= 5
    for sample in sample_articles:
        assert schemas.errors(schemas.ARTICLE_RAW, sample) == []


def test_processor_turns_garbage_into_one_valid_dead_letter(enricher):
    outcome = ArticleProcessor(enricher).process(b"{oops", Origin("articles.raw", 0, 3, None, "k"))
    assert outcome.status == "deadletter" and outcome.reason == "not_json"
    [message] = outcome.messages
    assert message.topic == topics.DEADLETTER
    assert schemas.errors(schemas.ARTICLE_DEADLETTER, orjson.loads(message.value)) == []


def test_real_enrichment_of_samples_validates(enricher, sample_articles):
    processor = ArticleProcessor(enricher)
    for sample in sample_articles:
        outcome = processor.process(orjson.dumps(sample), Origin())
        assert outcome.status == "enriched", outcome.reason
        for m in outcome.messages:
            assert schemas.errors(topics.SCHEMA_OF[m.topic], orjson.loads(m.value)) == []
            body = orjson.loads(m.value)
            for span in (body.get("span"), body.get("evidence")):
                if span:
                    assert 0 <= span["start"] <= span["end"] <= len(sample["text"])
