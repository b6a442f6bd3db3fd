"""Negation by "no longer", particle verbs split by their object, degree adverbs and viability words,
on sentences invented for these tests (sport, business, local politics, labour, science, diplomacy)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The veteran striker was no longer welcome at the club.", "negative"),  # sport
        ("Shoppers can no longer trust the chain's price labels.", "negative"),  # business
        ("The county will no longer support the rural bus routes.", "negative"),  # local politics
        ("Patients no longer fear the long waits at the clinic.", "positive"),  # health
    ],
)
def test_no_longer_denies_the_predicate_it_modifies(statement_label, text, expected):
    assert statement_label(text) == expected


def test_the_negation_word_itself_rates_nothing(rated_words):
    assert "no" not in rated_words("The ambassador was no longer welcome in the capital.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board turned the buyout offer down.", "negative"),  # business, object between
        ("The sponsor pulled out of the cycling tour.", "negative"),  # sport
        ("The council fell well short on recycling.", "negative"),  # local politics, adverb between
        ("The merger of the two unions fell through in March.", "negative"),  # labour
        ("The observatory's long gamble on the new lens paid off.", "positive"),  # science
        ("The pay dispute at the depot dragged on into a third month.", "negative"),  # labour
    ],
)
def test_particle_verbs_are_read_as_one_phrase_wherever_the_particle_stands(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rail project is well behind schedule.",  # local politics
        "Turnout was well below the usual level.",  # politics
        "The new stadium came in well over budget.",  # sport
    ],
)
def test_well_before_an_adjective_adverb_or_preposition_only_says_how_far(rated_words, text):
    assert "well" not in rated_words(text)


def test_well_keeps_its_praise_as_a_verbs_manner(statement_label):
    assert statement_label("The delegations' talks went well.") == "positive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bakery said the site was no longer viable.", "negative"),  # business
        ("The borough's debts have become unsustainable.", "negative"),  # local politics
        ("The treasurer says the pension scheme is now sustainable.", "positive"),  # labour
    ],
)
def test_whether_something_can_go_on_is_the_news(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club still has outstanding debts with two banks.", "negative"),  # sport, business
        ("Several questions about the new bypass remain outstanding.", "negative"),  # local politics
        ("Payments to the cleaning contractors are still outstanding.", "negative"),  # labour
        ("The young goalkeeper was outstanding on Saturday.", "positive"),  # sport: praise kept
        ("The probe's camera gave outstanding images of the comet.", "positive"),  # science
    ],
)
def test_outstanding_is_unresolved_when_said_of_a_debt_or_a_question(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The country's top diplomat arrived in the capital.",  # diplomacy
        "The top seed plays her opening match on Tuesday.",  # sport
        "The case now goes to the top court.",  # courts
    ],
)
def test_top_is_a_rank_not_praise(rated_words, text):
    assert "top" not in rated_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The league is studying a proposal to build a splendid new stadium.",  # sport
        "The union is studying a proposal to give nurses a generous bonus.",  # labour
        "The envoy brought a suggestion to restore friendly ties.",  # diplomacy
    ],
)
def test_the_good_things_a_proposal_asks_for_have_not_happened(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new handset upgrades the camera and the battery.", "positive"),  # technology
        ("The agency downgraded the city's credit rating.", "negative"),  # public finance
        ("Forecasters upgraded their outlook for the harvest.", "positive"),  # business
    ],
)
def test_upgrades_and_downgrades(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hopes of a merger of the harbour boards faded.", "negative"),  # business, diplomacy
        ("Fears of a strike at the bus depot receded.", "positive"),  # labour
        ("Protests in the town centre subsided.", "positive"),  # local politics
        ("The optimism of the fans evaporated after the second goal.", "negative"),  # sport
    ],
)
def test_verbs_of_dwindling_reverse_their_subject(statement_label, text, expected):
    assert statement_label(text) == expected


def test_a_listed_quantity_dwindling_is_a_direction_phrase(statement_label):
    assert statement_label("Ticket sales for the festival dwindled.") == "negative"
