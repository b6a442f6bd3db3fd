"""Plain "talks" name no channel: between bodies, unplaced, they may be held by any means (mode unknown); a
named person's talks, or talks told at a place, are a meeting in person. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article

WEDNESDAY = dt.datetime(2024, 3, 13, 9, 0, tzinfo=dt.UTC)


def _modes(nlp, text: str) -> list[str]:
    return [m.mode for m in extract_meetings(parse(Article(id="t", text=text, published_at=WEDNESDAY), nlp))]


@pytest.mark.parametrize(
    ("beat", "text", "mode"),
    [
        ("business", "Halvorsen Corp cut its forecast after talks with Tarrow Mining.", "unknown"),
        ("labour", "The Ferris Drivers Union held talks with Orwell Transit Co last week.", "unknown"),
        ("diplomacy", "Norway said talks with Chile were under way.", "unknown"),
        ("courts", "The Tarrow Bar Association spoke after talks with Chilean officials.", "unknown"),
        ("business", "Halvorsen Corp held talks with Tarrow Mining in Lisbon last week.", "in_person"),
        ("health", "Dr Hanne Vosberg held talks with Marlow Pharma last week.", "in_person"),
        ("culture", "The Sandhaven Opera met Marlow Records last week.", "in_person"),
    ],
)
def test_talks_between_bodies_name_no_channel(nlp, beat, text, mode):
    assert _modes(nlp, text) == [mode], beat
