"""A vow to end a social ill is a good aim: "eradicate poverty", "stamp out corruption", "fight
crime" read as good news, not as the ill's bad word; so does the ill sorted by a noun of kind
("all forms of discrimination").

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The new government has vowed to eradicate poverty in the northern provinces.",  # politics
        "Mayor Ines Carvalho said the council would stamp out corruption in planning.",  # local
        "Police in Mombasa launched a campaign to fight crime in the old town.",  # crime
        "The league will combat racism in the stands, its chair Kwame Mensah said.",  # sport
        "The programme aims to eliminate hunger among schoolchildren in Chiapas.",  # development
        "The prime minister vowed to eradicate terrorism from the region.",  # international
        "The ministry will eliminate all forms of discrimination in hiring.",  # labour, a noun of kind
        "Police vowed to stamp out any kind of fraud at the market in Accra.",  # business, a noun of kind
    ],
)
def test_ending_a_social_ill_is_a_good_aim(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Poverty rose sharply in the northern provinces last year.",
        "Violence broke out after the match in Belgrade.",
        "Corruption remains widespread in the port authority, auditors found.",
        "The council destroyed all forms of records from the old archive.",
    ],
)
def test_the_ill_itself_keeps_its_tone(statement_label, text):
    assert statement_label(text) == "negative"
