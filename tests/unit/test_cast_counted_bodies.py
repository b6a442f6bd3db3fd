"""A body named by how many members it has ("the Group of 20 major economies") keeps the noun the number
counts, so that the name is more than "Group"; an "of" phrase that does not open with the number is no part
of a name. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # international: a bloc of economies beside a country
        ("Germany and the Group of 20 major economies called for calm.", "Group of 20 major economies"),
        # diplomacy: a list of bodies speaking together
        (
            "Brazil and the Group of 77 developing nations urged lenders to ease the debt burden.",
            "Group of 77 developing nations",
        ),
        # economy: a lender beside the bloc
        (
            "India and the Group of 77 developing nations said the deal was unfair.",
            "Group of 77 developing nations",
        ),
    ],
)
def test_a_counted_body_keeps_what_it_counts(nlp: Language, text: str, body: str) -> None:
    got = speakers(nlp, text)
    assert len(got) == 1 and got[0] is not None and got[0].endswith(body)
