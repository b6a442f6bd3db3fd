"""Harm done to a good or plain thing: what a storm "wipes out", a fire "guts" or a flood "wrecks" is lost.

A harmful object still makes the destroying good news ("wiped out polio"), and a bad one is undone
("wiped out a two-goal deficit"). All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon


@pytest.mark.parametrize(
    "text",
    [
        "A storm wiped out the harvest in the valley.",  # farming
        "Locusts wiped out the maize crop in northern Kenya.",  # international, farming
        "The recall wiped out the carmaker's profit for the quarter.",  # business
        "Heavy rain wiped out the opening day of the test match in Galle.",  # sport
        "A software update wiped out the exam results of 2,000 pupils in Leeds.",  # education, technology
        "The tornado razed dozens of homes near Tulsa.",  # local, disaster
        "The blaze gutted the historic Odeon cinema, Mayor Priya Raman said.",  # culture
        "Heavy rains wrecked the coffee farms of the province, the ministry said.",  # farming, weather
        "Hurricane winds wrecked the harbour at Bayamo.",  # international
    ],
)
def test_harm_done_to_a_plain_thing_is_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The late rally wiped out a two-goal deficit for Hamid Karimi's side.",  # sport
        "The bank wiped out its losses from last year.",  # business
        "The vaccination programme wiped out polio in the district.",  # health, as before the rule
    ],
)
def test_wiping_out_a_bad_thing_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "title", ["Storm wipes out harvest", "Floods wipe out crops across Punjab", "Bulldozers raze historic mosque"]
)
def test_a_headline_of_devastation_is_bad_news(title):
    part, _ = headline_part(title, news_lexicon())
    assert part.negative > 0 and part.positive == 0
