"""A body or measure named after the harm it works against ("an anti-fraud unit", "an anti-racism
code") is a term, not news of the harm: the prefix and the bad word rate nothing.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon


@pytest.mark.parametrize(
    "text",
    [
        "The minister named Ines Valdivia head of the new anti-fraud taskforce.",  # business
        "The shire adopted an anti-bullying charter for its junior football clubs.",  # sport, local
        "Priya Nair wrote the anti-crime guidelines for the state.",  # politics
        "Dr Oyelaran will run the hospital's anti-violence training for ward staff.",  # health
        "The gallery signed the arts council's anti-racism pledge last spring.",  # culture
        "Prosecutors from the anti-corruption office moved to new rooms in Lisbon.",  # courts
    ],
)
def test_a_measure_named_for_a_harm_is_not_bad_news(statement_label, text):
    assert statement_label(text) == "neutral"


def test_the_prefix_and_the_harm_rate_nothing(rated_words):
    words = rated_words("The port set up an anti-smuggling patrol near Mombasa.")
    assert "anti" not in words and "smuggling" not in words


def test_backing_a_measure_named_for_a_harm_is_a_planned_act(statement_label):
    # The backing of an unrated thing is a notice; the compound does not make the plan a rated one.
    assert statement_label("The Greens will support the anti-smuggling bill, Ms Halvorsen said.") == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Abernethy said fraud had spread through the shire's accounts.",
        "Racism in the grandstands has grown, the league's Kenji Morita said.",
    ],
)
def test_the_harm_itself_stays_bad(statement_label, text):
    assert statement_label(text) == "negative"


def test_a_spaced_dash_is_no_prefix(rated_words):
    # "anti - war" with spaces is a dash between two words, not a compound.
    assert rated_words("They were anti - war is never the answer, Tomasz Wolny said.")["war"] < 0


def test_opposition_to_an_unrated_thing_keeps_its_stance(rated_words):
    assert rated_words("Anti-government marchers gathered outside the Quito assembly.")["anti"] < 0


def test_a_counter_attack_is_still_an_attack(statement_label):
    # "counter-" also means "in return": a counter-offensive is a kind of the bad thing, not a remedy.
    assert statement_label("The army's counter-attack began at dawn near the river crossing.") == "negative"


@pytest.mark.parametrize(
    "title",
    [
        "Anti-fraud squad moves to Darwin",  # business, courts
        "Shire signs anti-bullying pledge for junior netball",  # sport, local
        "Anti-violence course for Auckland ward nurses",  # health
    ],
)
def test_a_headline_names_the_measure_not_the_harm(title):
    part, words = headline_part(title, news_lexicon())
    assert part.negative == 0 and words == ()


def test_a_headline_keeps_a_spaced_dash():
    _, words = headline_part("Anti - war rally planned in Oslo", news_lexicon())
    assert dict(words)["war"] < 0
