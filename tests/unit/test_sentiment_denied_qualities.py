"""A quality of something there is none of is denied with it: "there are no easy answers" is bad
news, "no serious damage was done" good news, and so is a quality that follows its noun ("no
striker good enough to replace him"). All sentences are invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "There are no easy answers to the water shortage in the district, the mayor said.",  # local politics
        "Analysts said there was no good news for the airline's shareholders.",  # business
        "Coach Yaw Boateng said there was no striker good enough to replace the captain.",  # sport
        "Regulators said no drug was safe enough to approve for young children.",  # health
    ],
)
def test_a_good_quality_of_nothing_is_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master said there was no terrible damage to the fishing fleet.",  # disaster
        "Conductor Ingrid Solberg said there was no bad blood between the two soloists.",  # culture
    ],
)
def test_a_bad_quality_of_nothing_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"
