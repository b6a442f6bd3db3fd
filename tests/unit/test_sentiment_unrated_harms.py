"""Words of death, damage and deprivation that VADER leaves unrated ("deadly", "sank",
"torched", "starvation"): a statement that reports only such harm is bad news.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Two trawlers collided off the coast of Hokkaido overnight.",  # maritime
        "The ferry sank within minutes of leaving the port of Mwanza.",  # international
        "Flooding closed the main road between Lahore and Multan.",  # weather
        "Rioters torched two cars outside the stadium in Lyon.",  # sport
        "The offices of the tenants' union were ransacked overnight.",  # local
        "The driver was charged with manslaughter, the court in Leeds heard.",  # courts
        "Aid agencies spoke of starvation in the camps around Juba.",  # health and aid
        "Rescuers searched the rubble in Adana until dawn.",  # disaster
        "The deadly fungus has now reached orchards in Valencia, Dr Ines Mora said.",  # science
    ],
)
def test_harm_told_in_words_vader_leaves_unrated_is_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares in the shipping group sank 4% on Monday.", "negative"),  # business: a fall of a good
        ("Costs sank by a third after the merger, the chief executive Ama Owusu said.", "positive"),  # a cost
    ],
)
def test_a_quantity_that_sank_keeps_its_direction(statement_label, text, expected):
    assert statement_label(text) == expected
