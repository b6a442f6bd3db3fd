"""A headline's "but" sets an event against clear news of the other sign: "Enrolment climbs but
teachers quit" has two sides, though "quit" rates nothing in running text.

All headlines are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from tests.unit.readers import article_label


@pytest.mark.parametrize(
    "title",
    [
        "Enrolment climbs but teachers quit",  # education: a bad event after a rise
        "Profits soar at Brennan Foods but chief executive quits",  # business
        "Factory lifts output but warns on costs",  # business: a weakly rated warning
        "Ticket sales climb but fans boo",  # culture
        "Museum reopens but curators quit",  # culture
        "Crowds return but violence flares",  # international: a good event before bad news
        "Harvest recovers but farmers protest",  # farming
        "Team qualifies but captain injured",  # sport
        "Tourists return to Zanzibar but hotels struggle",  # travel, business
    ],
)
def test_a_but_sets_an_event_against_the_other_sides_news(title):
    part, _ = headline_part(title, news_lexicon())
    assert part.contrasted
    assert part.positive and part.negative


@pytest.mark.parametrize(
    "title",
    [
        "Shares rise but trading thin",  # business: no event on the other side
        "Team wins but coach stays",  # sport: "stays" says no news
        "Profits climb but outlook unchanged",
        "Club wins title as fans return",  # no "but": the event rates nothing
        "Exports rise but shipments return",  # both sides good: nothing set against
    ],
)
def test_a_side_without_an_opposite_event_stays_one_sided(title):
    part, _ = headline_part(title, news_lexicon())
    assert not part.contrasted


def test_an_event_alone_in_a_headline_rates_nothing():
    _, rated = headline_part("Teachers quit as term starts", news_lexicon())
    assert "quit" not in dict(rated)


def test_an_event_rates_nothing_in_running_text(rated_words):
    assert "quit" not in rated_words("Dr. Chidi Eze quit smoking in March.")


def test_a_headline_setting_an_event_against_good_news_makes_the_article_mixed(nlp):
    title = "Enrolment climbs but teachers quit"
    text = "More pupils signed up at schools in Tampere this autumn. The term began on Monday."
    assert article_label(nlp, title, text) == "mixed"


def test_the_lexicon_lists_events_of_either_sign():
    events = news_lexicon().events
    assert events["quit"] < 0 and events["flare"] < 0 and events["warn"] < 0  # bad events
    assert events["return"] > 0 and events["qualify"] > 0  # good events
    assert events["walk out"] < 0  # a particle verb


def test_a_particle_event_is_read_with_its_particle():
    part, rated = headline_part("Exports surge but dockers walk out", news_lexicon())
    assert part.contrasted and dict(rated)["walk"] < 0
