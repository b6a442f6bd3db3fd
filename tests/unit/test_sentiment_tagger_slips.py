"""A destroyer the small tagger reads as a modifier of its object is still a destroyer.

In short "subject verb object" sentences the tagger may take "blocks" for a kind of the noun after it
("the tool [blocks] malware"); the noun it hangs on is then what it destroys. Invented sentences.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The new filter blocks spam calls.",  # technology
        "The tool blocks malware.",  # technology, business
        "The new app blocks scam calls.",  # consumer
    ],
)
def test_a_destroyer_read_as_a_compound_still_destroys(statement_label, text):
    assert statement_label(text) == "positive"


def test_a_plain_compound_of_a_harm_is_no_destroyer(statement_label):
    assert statement_label("Kill switches cut the power at the Hamburg plant.") != "positive"
