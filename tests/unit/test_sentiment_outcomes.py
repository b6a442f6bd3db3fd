"""Outcomes a news reader takes the tone from, on sentences and headlines invented for these tests:
a settlement after a struggle, a bad state that goes on, results against forecasts, a protest
against an official's call, notices of help with no one helped, what is dropped or overturned,
votes of no confidence, and adjectives that go with the noun a shifter reverses."""

from __future__ import annotations

import pytest

from tests.unit.readers import headline


@pytest.mark.parametrize(
    "text",
    [
        "The pay deal was signed after a bitter dispute.",  # labour
        "Ministers from Ghana and Togo signed the border accord after years of dispute.",  # diplomacy
        "The council approved the budget after a fierce battle over library funding.",  # local politics
        "Owners and players reached a settlement after a bitter walkout.",  # sport
    ],
)
def test_a_settlement_after_a_struggle_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"


def test_what_came_before_a_bad_move_stays_bad_news(statement_label):
    assert statement_label("Shares fell after a bitter dispute.") == "negative"
    assert statement_label("Talks did not resume after the dispute.") == "negative"


@pytest.mark.parametrize(
    "title",
    [
        "Dock pay deal signed after bitter dispute",  # labour
        "Border accord signed after months of fighting",  # diplomacy
        "Fishing quota agreed after long feud",  # business
    ],
)
def test_a_headline_settlement_ends_the_struggle(title):
    assert headline(title) > 0


@pytest.mark.parametrize(
    "text",
    [
        "The Kelso bridge will stay shut until spring.",  # transport
        "Mr Adeyemi will remain in custody until his trial.",  # courts
        "The injured driver remains in hospital.",  # health
        "Schools in the valley stayed closed on Monday.",  # education
    ],
)
def test_a_bad_state_that_goes_on_is_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


def test_remaining_close_is_no_closure(statement_label):
    assert statement_label("The two parties remain close on the issue.") == "neutral"


@pytest.mark.parametrize(
    "title",
    [
        "Bridge to stay shut until spring",  # transport
        "Suspect to remain in custody",  # courts
        "Libraries remain closed after floods",  # local services
    ],
)
def test_a_headline_of_a_bad_state_going_on(title):
    assert headline(title) < 0


def test_the_subject_of_a_headline_to_is_no_shifter():
    assert headline("Bridge to stay shut until spring") < 0  # "bridge" as in "bridge the gap" reversed it
    assert headline("End to strike in sight") > 0  # a noun of ending keeps taking what it ends


@pytest.mark.parametrize(
    "text",
    [
        "Sales at the Osaka group beat analysts' forecasts.",  # business
        "Tourist numbers exceeded expectations this summer.",  # tourism
        "Tax receipts exceeded forecasts by two billion rand.",  # public finance
        "Ticket sales for the festival surpassed expectations.",  # culture
    ],
)
def test_results_beating_forecasts_are_good_news(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "It was never a foul.",  # football
        "That was never a try.",  # rugby
        "It was not a red card, and everybody saw it.",  # football discipline
        "It was never offside.",  # ice hockey
        "That was never a penalty.",  # handball
    ],
)
def test_denying_an_officials_call_is_a_protest(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The government will help fund a survey of rural roads.",  # transport
        "The levy will help pay for new buses.",  # public finance
        "The grant will help cover the cost of the new wing.",  # health
        "Revenue from the sale will help finance the stadium.",  # sport
    ],
)
def test_helping_to_do_something_takes_the_acts_tone(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers helped rescue the stranded climbers.",  # disaster
        "The grant will help families pay their heating bills.",  # welfare
        "The charity helps refugees find homes.",  # migration
    ],
)
def test_help_with_someone_helped_or_a_good_act_stays_good(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors dropped all charges against the activist.",  # courts
        "The charges against Ms Haddad were dropped.",  # politics
        "Judges overturned the ban on street parties.",  # local politics
        "The appeal court quashed the ban on the march.",  # protest
    ],
)
def test_what_is_dropped_or_overturned_no_longer_stands(statement_label, text):
    assert statement_label(text) == "positive"


def test_a_quantity_that_drops_still_moves(statement_label):
    assert statement_label("Sales dropped 5% in the quarter.") == "negative"


def test_a_headline_drop_against_someone_reverses_the_charges():
    assert headline("Charges dropped against protest organiser") > 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Helena Costa survived a no-confidence vote.", "positive"),  # local politics
        ("The chairman survived a no-confidence motion on Tuesday.", "positive"),  # business
        ("The government lost a no-confidence motion by four votes.", "negative"),  # national politics
        ("We have no confidence in the minister.", "negative"),  # a lack of confidence keeps its tone
    ],
)
def test_a_no_confidence_vote_is_a_challenge_not_a_lack_of_confidence(statement_label, text, expected):
    assert statement_label(text) == expected


def test_a_headline_no_confidence_vote_is_no_negated_confidence():
    assert headline("Mayor survives no-confidence vote") >= 0
    assert headline("Prime minister loses no-confidence vote") < 0


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("The agreement ended a bitter dispute over fishing rights.", "bitter"),  # diplomacy
        ("The ministry averted a costly strike.", "costly"),  # labour
        ("The referee's apology defused a bitter row between the clubs.", "bitter"),  # sport
    ],
)
def test_an_adjective_goes_with_the_noun_a_shifter_reverses(rated_words, text, adjective):
    assert rated_words(text)[adjective] > 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The national currency fell to a record low against the dollar.", "negative"),  # economy
        ("The currency slid after the election result.", "negative"),  # politics
        ("The share price of the airline hit a record high.", "positive"),  # business
        ("The club's share price fell sharply after the defeat.", "negative"),  # sport
    ],
)
def test_currencies_and_share_prices_are_quantities(statement_label, text, expected):
    assert statement_label(text) == expected
