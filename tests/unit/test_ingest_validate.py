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


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n", "\u00a0\u2003\u3000"])
def test_empty_or_whitespace_text_is_invalid_with_a_clear_reason(text):
    with pytest.raises(Rejected) as info:
        decode_article(orjson.dumps({"id": "blank", "text": text}))
    assert info.value.reason == "invalid_article"
    assert "empty or only whitespace" in info.value.message
    assert info.value.article_id == "blank"


def test_an_overlong_id_is_named_as_the_reason_and_not_carried_as_the_article_id():
    with pytest.raises(Rejected) as info:
        decode_article(orjson.dumps({"id": "i" * 500_000, "text": "The mayor spoke."}))
    assert info.value.reason == "invalid_article"
    assert info.value.article_id is None
    assert len(info.value.message) < 1_000
    assert info.value.message.startswith("id: ") and info.value.message.endswith("is longer than 512 characters")


PROSE = 'The harbour council said on Monday that "the new pier will open in spring," officials added. '


def test_prose_up_to_the_text_limit_passes_every_cost_bound():
    text = (PROSE * (DEFAULT_LIMITS.max_text_chars // len(PROSE) + 1))[: DEFAULT_LIMITS.max_text_chars]
    assert decode_article(orjson.dumps({"id": "long-prose", "text": text})).text == text


def test_many_long_symbol_runs_are_refused_by_their_total_not_only_the_longest():
    """199 runs of 999 quotation marks: each under the longest-run limit, together 30 s of parsing."""
    text = " ".join(['"' * 999] * 199)
    with pytest.raises(Rejected) as info:
        decode_article(orjson.dumps({"id": "runs", "text": text}))
    assert info.value.reason == "invalid_article"
    assert "199 unbroken stretches" in info.value.message and "quadratic" in info.value.message


def test_one_long_stretch_split_at_every_other_character_is_refused():
    """No long run of symbols, but the tokenizer splits "a:a:a:…" 10,000 times, rescanning it each time."""
    with pytest.raises(Rejected) as info:
        decode_article(orjson.dumps({"id": "colons", "text": "Scores: " + "a:" * 10_000}))
    assert info.value.reason == "invalid_article"
    assert "1 unbroken stretches" in info.value.message


def test_long_urls_and_letter_only_words_are_accepted():
    urls = " ".join(f"https://news.example.org/{i}/section/a-long-slug-for-story-{i}?ref=home&page={i}"
                    for i in range(400))
    text = f"Links: {urls}. And one very long word: {'x' * 100_000}."
    assert decode_article(orjson.dumps({"id": "links", "text": text})).text == text


def test_a_few_long_symbol_runs_are_accepted():
    text = "Results below.\n\n" + "=" * 400 + "\n\nThe vote passed.\n\n" + "-" * 400 + "\n\nEnd."
    assert decode_article(orjson.dumps({"id": "rules", "text": text})).text == text


@pytest.mark.parametrize("unit", ["a ", '" ', "1, "])
def test_text_of_more_words_and_marks_than_prose_can_have_is_too_large(unit):
    """Parsing costs per token: 100,000 one-letter words fit the character limit and took 30 s."""
    text = unit * 60_000
    with pytest.raises(Rejected) as info:
        decode_article(orjson.dumps({"id": "dense", "text": text}))
    assert info.value.reason == "too_large"
    assert "words and punctuation marks" in info.value.message
