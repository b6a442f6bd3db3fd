"""Money owed is a debt not paid, bad news ("staff are owed $4 million in wages"); what is owed that
is no money is a duty or a thanks and rates nothing ("we owe it to the fans").

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Staff at the printing firm are owed nearly $4 million in wages.",  # business
        "The club owes its players two months of pay.",  # sport
        "Farmers are still owed money by the dairy cooperative in Cork.",  # agriculture
        "The hospital owes suppliers more than 12 million rand.",  # health
    ],
)
def test_money_owed_is_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We owe it to the fans to play well on Sunday, the captain Tane Ngata said.", "owe"),  # sport
        ("She owes her seat on the council to the voters of Ward 4.", "owes"),  # local politics
        ("The theory owed much to the work of students in Krakow.", "owed"),  # science
    ],
)
def test_what_is_owed_that_is_no_money_rates_nothing(rated_words, text, word):
    assert word not in rated_words(text)
