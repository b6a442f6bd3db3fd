"""Two words news uses of figures and sizes: a "soft" figure stands low ("profits were soft"), and
"huge" says how big a thing is, boosting what it qualifies without praising it ("a huge crowd").

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earnings at the brewery were rather soft in the spring, analyst Lena Fischer said.", "negative"),  # business
        ("Soft ticket sales forced the festival in Galway to cut a day.", "negative"),  # culture
        ("Visitor numbers at the museum were soft over the summer, the director Aiko Mori said.", "negative"),
        ("Advertising revenue softened in the second half, the broadcaster said.", "negative"),  # media
        ("Unemployment softened slightly in the capital, figures showed.", "positive"),  # a bad quantity
    ],
)
def test_a_soft_figure_stands_low(statement_label, text, expected):
    assert statement_label(text) == expected


def test_soft_of_no_figure_rates_nothing(statement_label):
    assert statement_label("The singer Maya Cohen has a soft voice.") == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "A huge crowd gathered outside the courthouse in Nairobi.",  # courts
        "Scientists in Chile photographed a huge cloud of gas near the galaxy's centre.",  # science
        "A huge queue formed outside the vaccination centre in Manila.",  # health
    ],
)
def test_huge_is_a_size_not_praise(statement_label, text):
    assert statement_label(text) == "neutral"


def test_huge_boosts_what_it_qualifies(rated_words):
    plain = rated_words("The airline reported losses for the year.")["losses"]
    assert rated_words("The airline reported huge losses for the year.")["losses"] < plain < 0
