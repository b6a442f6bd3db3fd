"""A kind of body or of people described only by a nation and brought in as one of many ("a U.S. Firm", "one
Japanese oil company", "Kenyan farm unions") names no one: the speaker stays unnamed, whatever case the wire
gives the word after "U.S.". A definite body of a nation ("the Kenyan government"), a kind with its name set beside
it, and a nation's body's spokesman still name the body. Invented sentences, several beats."""

from __future__ import annotations

import pytest

from tests.unit.readers import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (  # markets: the wire's capital after "U.S."
            "Bond prices in Dorrow slipped on Monday.\n\nA U.S. Firm said demand for the longer notes was thin.",
            "demand for the longer notes",
        ),
        (  # diplomacy: a person's word capitalised the same way
            "Talks on the canal tolls resumed in Marden.\n\nA U.S. Diplomat said both sides had moved closer.",
            "both sides had moved closer",
        ),
        (  # currencies: a lower-case bank described by its nation
            "The franc firmed in Pellow trading.\n\nA large French bank told clients it had bought marks for them.",
            "it had bought marks for them",
        ),
        (  # farming: a plural crowd of a nation's unions
            "Dairy quotas were cut by ten pct.\n\nKenyan farm unions said the cut would ruin small herders.",
            "the cut would ruin small herders",
        ),
        (  # lending: some of a nation's banks
            "Talks on the Vessaly debt resumed.\n\nSome U.S. banks warned on Friday the loans may be written down.",
            "the loans may be written down",
        ),
        (  # oil: "one" of a nation's companies
            "Crude prices rose in Harrowgate.\n\nOne Japanese oil company said its supplies were secure.",
            "its supplies were secure",
        ),
    ],
)
def test_one_of_a_nations_kind_is_unnamed(nlp, text, fragment):
    assert speaker_of(nlp, text, fragment) is None


def test_the_same_nations_kind_said_again_stays_unnamed(nlp):
    text = (
        "The franc firmed in Pellow trading.\n\nA large French bank told clients it had bought marks for them.\n\n"
        "The large French bank added that it was selling sterling as well."
    )
    assert speaker_of(nlp, text, "selling sterling as well") is None


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (  # a nation's body, definite
            "Tea exports fell in March.\n\nThe Kenyan government said it would cut the export levy.",
            "it would cut the export levy",
            "Kenyan government",
        ),
        (  # a nation's body's spokesman speaks for the body
            "Fishing boats were held at Tarwick.\n\nAn Irish government spokeswoman told us the crews would be freed.",
            "the crews would be freed",
            "Irish government",
        ),
        (  # a kind with its name set beside it
            "The franc firmed in Pellow trading.\n\nA French bank, Banque Orvelle, said it bought marks.",
            "it bought marks",
            "Banque Orvelle",
        ),
    ],
)
def test_a_nations_named_body_still_speaks(nlp, text, fragment, name):
    assert speaker_of(nlp, text, fragment) == name
