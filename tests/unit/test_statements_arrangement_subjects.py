"""A deal, a plan or a law "calls for" or "urges" something by no voice of its own: fronted before a trailing
"the company said", the whole clause is the company's statement; a body or a plural people that acts before an
outlet's "said" keeps its own act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "speaker", "opening"),
    [
        # business
        ("Dorvan Foods Inc said it had reached a deal with its partners.\n\n"
         "Their accord also calls for a halt to both lawsuits, the company said.",
         "Dorvan Foods Inc", "Their accord also calls for"),
        # labour
        ("The Dorin Teachers Union said it had signed a pact with the city.\n\n"
         "The agreement also urges both sides to drop their claims, the union said.",
         "Dorin Teachers Union", "The agreement also urges"),
        # local politics
        ("The Halden city council said it had a new budget.\n\n"
         "The draft law also proposes a cap on fees, the council said.",
         "Halden city council", "The draft law also proposes"),
    ],
)
def test_an_arrangement_fronted_before_a_trailing_cue_is_the_speakers(
    nlp: Language, text: str, speaker: str, opening: str
) -> None:
    name, _, quote = said(nlp, text)[-1]
    assert (name, quote.startswith(opening)) == (speaker, True)


def test_a_body_acting_before_an_outlet_keeps_its_act(nlp: Language) -> None:
    text = "The Dorin Teachers Union also calls for a review of all contracts, the Ostby Courier said."
    name, _, quote = said(nlp, text)[0]
    assert (name, quote) == ("Dorin Teachers Union", "calls for a review of all contracts")
