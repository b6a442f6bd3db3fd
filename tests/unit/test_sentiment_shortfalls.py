"""An act said to fall short is a complaint, and its purpose was not met.

"The board has not done enough to reassure investors" has no bad word and a good one ("reassure"),
so it read as good news or as nothing. A negated "do enough" weighs as a grievance, and the good
words of the purpose it fell short of rate nothing. Said without the negation the act is left to
its other words. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The water board in Cochabamba has not done enough to reassure residents.",  # local politics
        "The federation did not do enough to stop racist chanting at the Porto derby.",  # sport
        "Campaigners say the ministry is not doing enough to protect nurses in rural clinics.",  # health
        "The regulator has not done nearly enough to calm the markets, traders in Seoul said.",  # business
        "Inspector Dara Mensah had not done enough.",  # crime, no purpose named
        "The arts council did not do enough to support young composers in Tallinn.",  # culture
    ],
)
def test_an_act_said_to_fall_short_is_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The home side did enough to win the match in Pretoria.", "positive"),  # done enough: a success
        ("The board has not done its review of the Lagos branch yet.", "neutral"),  # no "enough": no shortfall
    ],
)
def test_enough_said_without_negation_or_a_plain_negated_do_is_no_shortfall(statement_label, text, label):
    assert statement_label(text) == label
