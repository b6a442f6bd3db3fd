"""A service or supply said to hold no longer is bad news with no bad word in it (negated_acts.ceased_provision)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The rural clinic can no longer offer night appointments to its patients.",  # health
        "The food bank in Eastvale will no longer provide meals on Sundays.",  # local
        "The observatory no longer shares its telescope time with visiting teams.",  # science
        "Airline Kestrel Air will no longer operate the route to Dakar.",  # business
        "After the floods the depot could no longer supply the schools of the district.",  # international
        "The youth league will no longer run its summer tournament, Ngozi Adeyemi said.",  # sport
    ],
)
def test_a_provision_that_stops_is_bad_news(statement_label, text: str) -> None:
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not provide further details about the visit.",  # a reporter's formula
        "The clinic offers night appointments to its patients.",
        "The depot still supplies the schools of the district.",
        "Kestrel Air will operate the route to Dakar from June.",
    ],
)
def test_a_denied_or_kept_provision_is_no_news(statement_label, text: str) -> None:
    assert statement_label(text) == "neutral"
