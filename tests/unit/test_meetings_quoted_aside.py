"""Talks a speaker mentions inside a quotation with no tense, day or place of their own are talk about talks,
not an encounter the article reports; a quoted meeting that was had, or is set for a day, still counts."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)  # a Thursday


def sides(found: list[Meeting]) -> list[set[str]]:
    return [{p.name for p in m.participants} for m in found]


@pytest.mark.parametrize("text", [
    # diplomacy, labour, sport, business: a stance on talks in general
    '"Patience is our rule in the negotiations with Tarnland, and it will stay our rule," Ivo Brandt said.',
    '"Firmness is what counts in the talks with the Eastvale Steel Company," union leader Ana Ruiz said.',
    '"Honesty matters most in the meetings with the Regional Football Association," coach Ruth Ambling said.',
])
def test_talks_spoken_of_in_general_report_none(run, text):
    assert not any(len(s) > 1 for s in sides(run(text)))


@pytest.mark.parametrize(("text", "pair"), [
    ('"We had a very good meeting with Mayor Lena Ostrova," union leader Ana Ruiz said.',
     {"Ana Ruiz", "Lena Ostrova"}),
    ('"I will meet President Ivo Brandt in Nairobi on Friday," Prime Minister Ana Ruiz said.',
     {"Ana Ruiz", "Ivo Brandt"}),
])
def test_a_quoted_meeting_told_as_an_event_counts(run, text, pair):
    assert any(pair <= s for s in sides(run(text)))
