"""Harms undone: what is fixed, repaired, mended, plugged or patched was bad and is so no longer.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon


@pytest.mark.parametrize(
    "text",
    [
        "Crews fixed the leak at the Dunmore reservoir.",  # local
        "Ground staff repaired the damaged pitch before the semi-final in Durban.",  # sport
        "The bank said its new release fixes the glitch in the payment app.",  # business, technology
        "Council workers mended the broken fence around the playground in Ulsan.",  # local
        "The hospital fixed the fault that had grounded its scanner, Dr. Ines Alvarez said.",  # health
        "Developers patched the security flaw within a day of the report.",  # technology
        "Divers plugged the leak in the hull of the research ship off Bergen.",  # science
        "Court staff fixed the problem with the online filing system.",  # courts
        "Engineers repaired the damaged bridge over the Drina.",  # international; "bridge" is no shifter here
    ],
)
def test_undoing_a_harm_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The contractor never fixed the leak in the school roof.",  # local, negated
        "Crews failed to repair the damaged bridge near Kisumu.",  # the failure reverses again
        "The leak damaged rare books at the city library.",  # the harm done, not undone
    ],
)
def test_a_harm_left_or_done_stays_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "title",
    ["Airline fixes booking glitch", "Crews repair damaged rail line near Gdansk", "Engineers plug leak in dam"],
)
def test_a_headline_harm_undone_is_good_news(title):
    part, _ = headline_part(title, news_lexicon())
    assert part.positive > 0 and part.negative == 0
