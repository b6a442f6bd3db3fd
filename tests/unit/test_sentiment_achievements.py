"""Achievements, harms being worked on, people not undone by what is not done to them, diseases
wiped out. All sentences are invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Astronomers were able to detect water vapour on the distant planet.",  # science
        "Investigators were able to trace the money to an account in Tallinn.",  # courts
        "The club managed to keep its place in the first division.",  # sport
        "The farmers' cooperative was able to sell its whole crop to local buyers.",  # business
        "Nurses were able to see every patient on the list by evening.",  # health
        "The start-up has managed to sign three new customers in Brazil.",  # business, perfect
    ],
)
def test_an_achievement_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Residents will be able to vote online next year.",  # local politics: a permission
        "Pupils would be able to choose a second language under the plan.",  # education
        "Patients are able to book appointments online.",  # health: a capacity
        "Fans will be able to buy tickets from Monday.",  # sport
    ],
)
def test_a_permission_or_capacity_is_no_achievement(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers were not able to reach the village.",  # international
        "The club never managed to score in the second half.",  # sport
        "Doctors were unable to find the cause of the fever.",  # health
        "Thieves managed to open the safe in the jeweller's shop.",  # courts: a bad subject's success
    ],
)
def test_a_failure_or_a_wrongdoer_s_success_is_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The airline is addressing the delays at its main hub.",  # business, travel
        "The ministry announced steps to address the shortage of nurses.",  # health
        "Regulators say the concerns were largely addressed by the new rules.",  # business
        "The league set up a panel to tackle racism in the stands.",  # sport
        "The fund is meant to tackle poverty in rural districts.",  # international
        "Health officials are dealing with an outbreak of measles in Cluj.",  # health
    ],
)
def test_a_harm_being_addressed_is_no_bad_news(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "The council has failed to address the backlog of repairs.",  # local
        "Critics say the plan does not tackle the shortage of nurses.",  # politics
    ],
)
def test_a_harm_left_unaddressed_stays_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Victims are yet to be paid.",  # courts
        "Flood victims in Sylhet are yet to receive any aid.",  # international
        "Fraud victims in Ohio have not been repaid.",  # business
        "The thief was not caught.",  # crime
    ],
)
def test_a_person_is_not_undone_by_what_is_not_done_to_them(statement_label, text):
    assert statement_label(text) == "negative"


def test_a_thing_not_done_is_still_denied(statement_label):
    assert statement_label("The strike was not called.") == "positive"  # the person rule leaves this


@pytest.mark.parametrize(
    "text",
    [
        "The vaccine campaign wiped out hepatitis in the district.",  # health
        "Doctors in Cairo eliminated hepatitis C among patients at the clinic.",  # health
    ],
)
def test_a_disease_wiped_out_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"
