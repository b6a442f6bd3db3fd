"""Land that is "low-lying" lies low: the "lying" of the compound is no deceit. Lying as deceit keeps
its tone.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The low-lying island of Funafuti held its election on Tuesday.",  # politics
        "Residents of low-lying areas near Chittagong were moved to shelters.",  # weather
        "Engineers surveyed the low-lying farmland outside Ravenna.",  # science
    ],
)
def test_low_lying_land_is_no_lie(statement_label, text):
    assert statement_label(text) == "neutral"


def test_lying_as_deceit_keeps_its_tone(statement_label):
    assert statement_label("The minister accused the mayor of lying to the council in Accra.") == "negative"
