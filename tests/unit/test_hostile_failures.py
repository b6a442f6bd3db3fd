"""Failures inside enrichment and on the way out: one article is dead-lettered, nothing escapes.

The policy (streams/enrich/pipeline.py, docs/reliability.md): an extractor that raises, or
returns records the event contract cannot accept, costs its whole article, which goes to
the dead-letter topic with the failing stage; the next article is unaffected.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging

import orjson
import pytest
from aiokafka.errors import KafkaConnectionError, MessageSizeTooLargeError
from faust.exceptions import ProducerSendError

from streams import schemas, topics
from streams.enrich import pipeline
from streams.enrich.model import Evidence, Meeting, Participant, Span, Statement
from streams.events.deadletter import MAX_MESSAGE_CHARS, Origin, dead_letter
from streams.events.outgoing import ArticleProcessor, Outcome, Outgoing
from streams.ingest.validate import Limits
from streams.pipeline import send

TEXT = 'The port director said "the cranes arrive in May," and the union agreed.'
RAW = orjson.dumps({"id": "fail-1", "text": TEXT})
ORIGIN = Origin("articles.raw", 1, 42, 1_700_000_000.0, "fail-1")


def letter_of(outcome: Outcome) -> dict:
    assert outcome.status == "deadletter"
    [message] = outcome.messages
    assert message.topic == topics.DEADLETTER
    letter = orjson.loads(message.value)
    assert schemas.errors(schemas.ARTICLE_DEADLETTER, letter) == []
    return letter


def test_an_extractor_that_raises_dead_letters_the_whole_article(enricher, monkeypatch):
    def broken(parsed):
        raise RuntimeError("extractor bug on this text")

    monkeypatch.setattr(pipeline, "extract_meetings", broken)
    letter = letter_of(ArticleProcessor(enricher).process(RAW, ORIGIN))
    assert (letter["reason"], letter["stage"], letter["article_id"]) == ("enrichment_error", "meetings", "fail-1")
    assert "RuntimeError: extractor bug on this text" in letter["message"]
    assert letter["original"] == RAW.decode() and letter["origin"]["offset"] == 42


def test_an_enrichment_failure_is_logged_in_one_line_with_the_escaped_article_id(enricher, monkeypatch, caplog):
    """A bug of ours must be seen in the worker's log, not only on the dead-letter topic; the id is the
    publisher's and may hold a newline or a terminal escape, which must not start a forged line."""
    def broken(parsed):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(pipeline, "extract_meetings", broken)
    article_id = "fail-2\n[CRITICAL] forged \x1b]0;title\x07"
    with caplog.at_level(logging.ERROR):
        ArticleProcessor(enricher).process(orjson.dumps({"id": article_id, "text": TEXT}), ORIGIN)
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    line = record.getMessage()
    assert "\n" not in line and "\x1b" not in line and "\x07" not in line
    assert "fail-2\\n[CRITICAL] forged \\x1b]0;title\\x07" in line
    assert "meetings" in line and "OverflowError: date value out of range" in line


def test_the_next_article_is_unaffected(enricher, monkeypatch):
    calls = iter([RuntimeError("only once")])

    def flaky(parsed):
        for exc in calls:
            raise exc
        return []

    monkeypatch.setattr(pipeline, "extract_statements", flaky)
    processor = ArticleProcessor(enricher)
    assert letter_of(processor.process(RAW, ORIGIN))["stage"] == "statements"
    assert processor.process(RAW, ORIGIN).status == "enriched"


@pytest.mark.parametrize(
    "records",
    [
        [Statement(None, "x", "direct", None, Span(5, len(TEXT) + 10))],
        [Statement(None, "x", "direct", None, Span(-3, 2))],
        [Meeting((Participant("A"),), None, None, "phone", "held", Evidence("x", 30, 10), 1.0)],
        [Meeting((), None, None, "phone", "held", Evidence("x", 0, 3), 1.0)],  # schema: minItems 1
    ],
)
def test_records_breaking_the_contract_are_dead_lettered_not_published(enricher, monkeypatch, records):
    statements = [r for r in records if isinstance(r, Statement)]
    meetings = [r for r in records if isinstance(r, Meeting)]
    monkeypatch.setattr(pipeline, "extract_statements", lambda parsed: statements)
    monkeypatch.setattr(pipeline, "extract_meetings", lambda parsed: meetings)
    letter = letter_of(ArticleProcessor(enricher).process(RAW, ORIGIN))
    assert (letter["reason"], letter["stage"]) == ("enrichment_error", "events")


def test_missing_sentiment_is_an_events_failure(enricher, monkeypatch):
    class NoSentiment(pipeline.Enricher):
        def enrich(self, article):
            return dataclasses.replace(super().enrich(article), sentiment=None)

    letter = letter_of(ArticleProcessor(NoSentiment(enricher.nlp)).process(RAW, ORIGIN))
    assert letter["stage"] == "events" and "no article sentiment" in letter["message"]


def test_output_over_the_size_limit_is_a_dead_letter_without_the_original(enricher):
    text = "The committee met again on Friday to review the harbour budget. " * 200
    raw = orjson.dumps({"id": "wide", "text": text})
    letter = letter_of(ArticleProcessor(enricher, Limits(max_output_bytes=10_000)).process(raw, ORIGIN))
    assert letter["reason"] == "too_large"
    assert letter["original"] is None and letter["original_encoding"] == "none"
    assert "read it at its origin" in letter["message"] and letter["origin"]["offset"] == 42


def test_dead_letter_keeps_a_fitting_original_and_caps_the_message():
    kept = dead_letter(b"small", ORIGIN, "not_json", "m" * 50_000, max_original_bytes=100)
    assert kept["original"] == "small" and len(kept["message"]) == MAX_MESSAGE_CHARS
    escaped = dead_letter(b"\x01" * 100, ORIGIN, "not_json", "bad", max_original_bytes=500)
    assert escaped["original"] is None  # 100 bytes, but 600 once JSON-escaped


class FakeProducer:
    """Raises the given errors on successive sends, then acknowledges."""

    def __init__(self, errors: list[BaseException]) -> None:
        self.errors = errors
        self.sent: list[bytes] = []

    async def send(self, topic, key, value, partition, timestamp, headers):
        if self.errors:
            raise self.errors.pop(0)
        self.sent.append(value)
        done = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


MESSAGES = [Outgoing(topics.ENRICHED, b"k", b"{}", [])]


def wrapped(exc: Exception) -> ProducerSendError:
    """What Faust's producer raises: its own error, with aiokafka's as the cause."""
    try:
        raise ProducerSendError(f"Error while sending: {exc!r}") from exc
    except ProducerSendError as outer:
        return outer


def test_connection_trouble_is_retried_until_acknowledged(monkeypatch):
    monkeypatch.setattr(send, "backoff", lambda attempt: 0.0)
    producer = FakeProducer([KafkaConnectionError("down"), wrapped(KafkaConnectionError("still down")),
                             OSError("reset")])
    asyncio.run(send.send_acknowledged(producer, topics.TopicNames("p."), MESSAGES))
    assert producer.sent == [b"{}"]


def test_a_message_refused_as_too_large_is_not_retried_forever(monkeypatch):
    monkeypatch.setattr(send, "backoff", lambda attempt: 0.0)
    producer = FakeProducer([wrapped(MessageSizeTooLargeError("too big"))])
    with pytest.raises(send.Undeliverable, match="MessageSizeTooLargeError"):
        asyncio.run(send.send_acknowledged(producer, topics.TopicNames("p."), MESSAGES))


def test_a_long_outage_logs_each_kind_of_client_error_once_per_window(monkeypatch):
    from streams.pipeline import broker_watch

    clock = iter([0.0, 1.0, 2.0, 31.0])
    monkeypatch.setattr(broker_watch.time, "monotonic", lambda: next(clock))
    repeat = broker_watch.RepeatFilter(window=30.0)

    def record(args: tuple) -> logging.LogRecord:
        return logging.LogRecord("aiokafka.conn", logging.ERROR, __file__, 1, "Unable connect to %s", args, None)

    passed = [r for r in (record((n,)) for n in range(4)) if repeat.filter(r)]
    assert len(passed) == 2
    assert passed[1].getMessage() == "Unable connect to 3 [2 more like this in the last 30s]"
