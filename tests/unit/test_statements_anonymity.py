"""A source's terms for being reported ("who requested anonymity", "asked not to be named", "declined to be
identified") belong to the attribution: never a statement of their own, never part of what was said.
Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said

LEAD = "The story went on this week.\n\n"

CASES = [
    (  # sport: a relative clause before the cue
        "A senior official, who requested anonymity, said the coach had lost the dressing room.",
        "the coach had lost the dressing room",
    ),
    (  # business: a relative clause after a trailing cue
        "The merger had been delayed, a diplomat said, who requested anonymity.",
        "The merger had been delayed",
    ),
    (  # health
        "The ward would close in March, a hospital manager said, who requested anonymity.",
        "The ward would close in March",
    ),
    (  # international: a passive of naming after the trailing cue
        "The embassy was being evacuated, a diplomat said, who asked not to be named.",
        "The embassy was being evacuated",
    ),
]


@pytest.mark.parametrize(("text", "report"), CASES)
def test_anonymity_is_attribution_not_a_statement(nlp: Language, text: str, report: str) -> None:
    assert [quote for _, _, quote in said(nlp, LEAD + text)] == [report]
