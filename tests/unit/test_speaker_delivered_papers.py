"""A paper delivered by someone ("a statement delivered by chairman X said") speaks with the voice of who
delivered it, as one written or issued by them does. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    pytest.param(
        "Six grain exporters ended two days of talks in Tarvo on Sunday.\n\n"
        "A communique delivered by Farm Minister Edda Solberg said the group would meet again in May.",
        "meet again",
        "Edda Solberg",
        id="a-communique-delivered-by-a-minister/trade",
    ),
    pytest.param(
        "The club's annual dinner drew four hundred members.\n\n"
        "A statement delivered by chairman Piet Vonk said the stadium would be rebuilt next year.",
        "stadium would be rebuilt",
        "Piet Vonk",
        id="a-statement-delivered-by-a-chairman/sport",
    ),
])
def test_a_delivered_paper_speaks_for_who_delivered_it(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, fragment) == speaker
