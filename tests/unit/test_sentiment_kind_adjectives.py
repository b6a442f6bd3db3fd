"""An adjective that names a kind of post, meeting or step is no praise.

VADER rates "special" (1.7) and "legal" (0.5) in their social-media senses, so notices of a special
envoy's visit or of a council taking legal advice read as good news. The news layer rates them as
nothing; the rest of the sentence keeps its tone. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Special envoy Mariam Diallo arrived in Dakar on Monday.",  # international
        "The assembly in Lusaka meets in special session on the budget next week.",  # politics
        "The club has asked for legal advice on the striker's contract.",  # sport
        "The hospital board in Cork has hired a legal team for the inquest.",  # health, courts
        "The museum appointed a special adviser on its Benin collection.",  # culture
    ],
)
def test_an_adjective_of_kind_rates_nothing(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Special forces rescued the hostages unharmed near Mosul.", "positive"),  # the rescue keeps its tone
        ("The council lost its legal challenge to the quarry in Dorset.", "negative"),  # the loss keeps its tone
    ],
)
def test_the_rest_of_the_sentence_keeps_its_tone(statement_label, text, label):
    assert statement_label(text) == label
