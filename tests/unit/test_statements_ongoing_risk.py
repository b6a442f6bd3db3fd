"""A danger under way in the progressive ("pests are threatening to ruin the crop") is no speech act: the outlet
reporting it is the speaker. A named voice's own threat in the progressive stays its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said, speakers


@pytest.mark.parametrize(
    "lead",
    [
        "Locusts are threatening to strip half the barley fields in the east",
        "Rising fuel costs are threatening to push the ferry line into a loss",
        "The border quarrel is threatening to derail the trade talks next month",
    ],
)
def test_an_ongoing_danger_is_the_outlets_report(nlp: Language, lead: str) -> None:
    text = f"{lead}, Vorlan radio reported.\n\nThe damage was spread widely, it said."
    assert speakers(nlp, text) == ["Vorlan radio", "Vorlan radio"]
    assert said(nlp, text)[0][2].startswith(lead.split()[0])


def test_a_named_persons_ongoing_threat_stays_hers(nlp: Language) -> None:  # must not fire
    assert speakers(nlp, "Ilse Varga is threatening to quit the coalition, Vorlan radio reported.") == ["Ilse Varga"]
