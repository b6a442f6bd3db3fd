"""Validation at ingest: every kind of bad message gets its own reason code."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest

from streams.ingest.validate import DEFAULT_LIMITS, Limits, Rejected, decode_article

GOOD = {"id": "a-1", "text": "The mayor met the governor on Monday.", "published_at": "2026-01-05"}


def reason(raw: bytes | None, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(Rejected) as info:
        decode_article(raw, limits)
    return info.value.reason


def test_good_article_is_decoded_with_aware_date():
    article = decode_article(orjson.dumps(GOOD))
    assert article.id == "a-1"
    assert article.published_at == dt.datetime(2026, 1, 5, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (None, "not_json"),
        (b"\xff\xfe not utf-8", "not_utf8"),
        (b"{not json", "not_json"),
        (b"[1, 2, 3]", "not_object"),
        (b'"just a string"', "not_object"),
        (orjson.dumps({"text": "no id"}), "invalid_article"),
        (orjson.dumps({"id": "x"}), "invalid_article"),
        (orjson.dumps({"id": 7, "text": "id is a number"}), "invalid_article"),
        (orjson.dumps({"id": "x", "text": ["not", "a", "string"]}), "invalid_article"),
        (orjson.dumps({"id": "x", "text": "t", "published_at": "last Tuesday"}), "invalid_article"),
        (b"[" * 40 + b"]" * 40, "too_deep"),
        (b"[" * 5000 + b"]" * 5000, "too_deep"),
    ],
)
def test_each_bad_input_has_its_reason(raw, code):
    assert reason(raw) == code


def test_size_limits_protect_memory():
    assert reason(b"x" * 2048, Limits(max_message_bytes=1024)) == "too_large"
    big = orjson.dumps({"id": "big", "text": "word " * 100})
    assert reason(big, Limits(max_text_chars=100)) == "too_large"


def test_rejection_keeps_the_article_id_when_there_is_one():
    with pytest.raises(Rejected) as info:
        decode_article(orjson.dumps({"id": "keep-me", "text": 5}))
    assert info.value.article_id == "keep-me"
