"""An alternative set aside ("rather than", "instead of") is not what the speaker asserts.

"Urged patience rather than anger" calls for patience; VADER heard "anger" and read the
call as bad news. The words after the pair rate nothing, as an "if" clause's do, and the rest of
the sentence keeps its tone. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Tarsus urged patience rather than anger over the bus fares.",  # local politics
        "Coach Brandão urged fans to celebrate rather than riot.",  # sport
        "The union proposed retraining staff instead of firing them.",  # labour
        "Ms Nakamura called for dialogue rather than conflict with the neighbours.",  # international
    ],
)
def test_a_bad_alternative_set_aside_is_no_bad_news(statement_label, text):
    assert statement_label(text) != "negative"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The owners said the Harwick plant would close rather than be sold.", "negative"),  # business
        ("The clinic in Kisumu chose to improve its services instead of cutting staff.", "positive"),  # health
        ("Exports were better than expected this spring.", "positive"),  # economy: "than" alone compares
    ],
)
def test_the_asserted_side_keeps_its_tone(statement_label, text, label):
    assert statement_label(text) == label
