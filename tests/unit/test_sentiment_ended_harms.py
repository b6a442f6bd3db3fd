"""Bad things ended, destroyed or set against good news: the tone reads the news, not the bad word.

- a headline "X but Y" whose one side is a move of a quantity the lexicon does not list: the "but"
  sets it against the other side ("Output rises but margins shrink");
- a harmful agent killed, destroyed or blocked is good news ("a new drug kills cancer cells");
- a threat or a danger that has passed, is over or was removed is good news ("the danger of
  flooding has passed");
- charges dismissed, or dropped against someone, no longer stand, as dropped ones do.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from tests.unit.readers import article_label, headline

# --- a headline's "but" sets a move of an unlisted quantity against the other side ---------------


@pytest.mark.parametrize(
    "title",
    [
        "Output rises but margins shrink",  # business: the bad side unlisted
        "Margins shrink but output rises",  # the same, the other order
        "Harvest grows but prices collapse",  # farming: the good side unlisted
        "Prices collapse but harvest grows",
        "Museum visits climb but deficit widens",  # culture
        "Deficit widens but museum visits climb",
        "Ridership grows but fares hiked",  # transport
        "Airline adds routes but cancels flights",  # business, one subject
        "Vaccination rates rise but cases surge",  # health
        "Wheat yields rise but drought looms",  # science, farming
    ],
)
def test_a_but_sets_an_unsigned_move_against_the_other_side(title):
    part, _ = headline_part(title, news_lexicon())
    assert part.contrasted
    assert part.positive and part.negative


def test_a_headline_whose_but_sets_a_move_against_bad_news_makes_the_article_mixed(nlp):
    title = "Steel mill output rises but margins shrink"
    text = "The Ostrava mill produced more steel in March. Managers expect a busy summer."
    assert article_label(nlp, title, text) == "mixed"


@pytest.mark.parametrize(
    "title",
    [
        "Talks continue but no deal",  # no move on the unrated side: nothing to set against
        "Shares rise but profits climb too",  # both sides rated alike: no contrast invented
    ],
)
def test_a_but_without_an_unsigned_move_against_clear_news_invents_no_second_side(title):
    assert not headline_part(title, news_lexicon())[0].contrasted


# --- a harmful agent destroyed ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A new drug kills cancer cells without harming healthy tissue.",  # health
        "The compound kills drug-resistant bacteria within hours, researchers in Uppsala said.",  # science
        "The spray kills mosquitoes that carry malaria, scientists in Dar es Salaam reported.",  # health abroad
        "The coating destroys mould on hospital walls.",  # local services
        "The treatment wiped out the infection in most patients, Dr. Haruka Sato reported.",  # particle verb
        "The antibody neutralises the toxin within minutes.",  # science
        "The new filter blocked the malware before it reached the council's servers.",  # technology
        "The locusts were eradicated from the valley by October.",  # farming, passive
    ],
)
def test_destroying_a_harmful_agent_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The virus killed 40 people in the province of Kivu.",  # the agent destroys, it is not destroyed
        "Locusts destroyed the harvest across the northern plains.",
        "The drug failed to kill the bacteria in the trial.",  # the destruction failed
        "The blast killed two workers at the plant in Tema.",  # no harmful object: VADER's rating stays
    ],
)
def test_harm_done_or_a_failed_cure_stays_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


def test_a_harmful_agent_alone_rates_nothing(rated_words):
    assert rated_words("Researchers in Lyon sequenced the bacteria and mapped the virus.") == {}


@pytest.mark.parametrize(
    "title",
    [
        "New drug kills cancer cells",  # health
        "Compound kills drug-resistant bacteria",  # science
        "Spray kills malaria mosquitoes",  # health abroad
        "Treatment wipes out infection",  # particle verb
        "Filter blocks malware on council servers",  # technology
    ],
)
def test_a_headline_destroying_a_harmful_agent_is_good_news(title):
    assert headline(title) > 0.05


@pytest.mark.parametrize("title", ["Virus kills 40 in Kivu", "Drug fails to kill bacteria"])
def test_a_headline_of_harm_done_or_a_failed_cure_stays_bad(title):
    assert headline(title) < -0.05


def test_the_lexicon_lists_harmful_agents_and_destroyers():
    lex = news_lexicon()
    assert {"bacteria", "tumour", "malware"} <= lex.harmful
    assert {"kill", "wipe out", "block"} <= lex.destroyers
    assert "wipe" in lex.destroyer_words
    assert "bacteria" not in lex.valence  # not rated: only what is done to them is news


# --- a threat or a danger ended ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The danger of flooding has passed, the river authority said.",  # weather: "pass" fades
        "The storm threat has passed for the coast of Kerala.",  # weather abroad
        "The danger of a landslide above the village of Bondo is over.",  # "is over"
        "The threat of relegation is gone, manager Ivan Petrov said.",  # sport: "is gone"
        "The threat of closure hanging over the library has been removed.",  # culture: "remove"
        "Officials said the risk of contamination had been eliminated.",  # health: "eliminate"
        "Fears of a walkout at the hospital eased after the pay offer.",  # labour: intransitive "ease"
    ],
)
def test_a_threat_that_has_ended_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The good years for the club are over.",  # a good thing ended is bad news
        "The row is over pay for junior doctors.",  # "over" with an object says what about
        "The council removed the safeguards for tenants.",  # what is removed was good
    ],
)
def test_an_ending_of_good_things_or_over_as_a_preposition_is_no_relief(statement_label, text):
    assert statement_label(text) != "positive"


@pytest.mark.parametrize(
    "title",
    [
        "Threat of strike lifted",  # labour: passive participle after the fear's "of"
        "Strike threat lifted",  # the kind of fear before it
        "Danger of flooding passes",  # weather: fading verb
        "Flood danger over",  # closing "over"
        "Relegation threat gone",  # sport
        "Recession risk recedes",  # economy
        "Eviction threat withdrawn",  # housing: irregular participle
        "Fears of walkout ease",  # health service
    ],
)
def test_a_headline_threat_ended_is_good_news(title):
    assert headline(title) > 0.05


@pytest.mark.parametrize("title", ["Anger over pay cuts", "Strike threat grows", "Hopes fade"])
def test_a_headline_without_an_ending_keeps_its_bad_news(title):
    assert headline(title) < -0.05


# --- charges that no longer stand -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "All charges against the activist Leila Haddad were dismissed.",  # courts
        "The judge dismissed the charges against the two Kovalenko brothers.",  # courts
        "The tribunal dismissed the complaint against the referee.",  # sport
    ],
)
def test_what_a_court_dismisses_no_longer_stands(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "title",
    [
        "Charges against nurse dropped",  # health
        "Charges against councillor dismissed",  # local politics
        "Complaint against striker withdrawn",  # sport
    ],
)
def test_a_headline_drop_after_whom_the_charges_were_against_reverses_them(title):
    assert headline(title) > 0.05


def test_a_good_thing_passing_a_vote_is_not_reversed(statement_label):
    assert statement_label("The peace agreement passed with 60 votes in the assembly of Vanuatu.") == "positive"
