"""A good thing denied as a duty prescribes, it reports nothing bad: "wrestlers should not be
shielded", "results must not be improved by ..." say what ought not be, while "wrestlers were not
shielded" reports a want of protection.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Young wrestlers should not be shielded from heavier opponents, coach Dilnoza Karimova said.",  # sport
        "Exam results should not be improved by changing the marking rules, inspector Rhys Morgan said.",  # schools
        "Board bonuses should not be rewarded on top of salaries, the union in Turin said.",  # business
        "The museum's new wing should not be praised before it opens, critic Mei Lin wrote.",  # culture
    ],
)
def test_a_good_thing_denied_as_a_duty_is_no_bad_news(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Young wrestlers were not shielded from heavier opponents, coach Dilnoza Karimova said.",
        "Exam results have not improved this year, the inspector Rhys Morgan said.",
    ],
)
def test_a_good_thing_denied_as_a_fact_stays_bad_news(statement_label, text):
    assert statement_label(text) == "negative"
