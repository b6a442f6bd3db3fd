"""A dead letter gives back exactly what arrived, keyed as it arrived: the basis of `newswire replay`."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from streams import schemas
from streams.events.deadletter import Origin, dead_letter, replay_of

ORIGIN = Origin("p.articles.raw", 2, 17, 1_700_000_000.0, "key-7")


@given(st.binary(max_size=300))
def test_any_original_comes_back_byte_for_byte(raw):
    letter = dead_letter(raw, ORIGIN, "not_json", "broken")
    assert schemas.errors(schemas.ARTICLE_DEADLETTER, letter) == []
    replay = replay_of(letter)
    assert (replay.value, replay.key, replay.needs_origin) == (raw, b"key-7", False)


def test_a_letter_without_its_original_points_back_to_the_origin():
    letter = dead_letter(b'{"id": "big", "text": "' + b"w " * 600 + b'"}', ORIGIN, "too_large", "too big",
                         article_id="big", max_original_bytes=100)
    replay = replay_of(letter)
    assert letter["original_encoding"] == "none"
    assert replay.needs_origin and replay.value is None
    assert replay.origin == ORIGIN


def test_without_an_origin_key_the_article_id_keys_the_replay():
    letter = dead_letter(b'{"id": "a-1", "text": "t"}', Origin("p.articles.raw", 0, 3, None, None),
                         "enrichment_error", "boom", article_id="a-1", stage="meetings")
    assert replay_of(letter).key == b"a-1"
    assert replay_of(dead_letter(b"x", Origin(), "not_json", "bad")).key is None
