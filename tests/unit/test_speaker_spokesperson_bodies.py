"""A spokesperson speaks for the body its phrase names or refers back to, however the phrase writes it ("a
council spokesman", "its spokeswoman", "the agency's spokesperson"); when the article names no such body, one
its field singles out speaks as written ("the water agency's spokesman": "water agency") and a bare one names no
one, as "the agency said" does. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # local politics: a lower-case body word the parse may tag a proper noun is no name
            "Harrowgate District Council shut the leisure centre.\n\n"
            "The decision drew complaints. \u201cThe roof is no longer safe,\u201d a council spokesman said.",
            "Harrowgate District Council",
        ),
        (  # science
            "The Kestrel Space Institute delayed the satellite launch.\n\n"
            "The decision drew complaints. \u201cA valve failed its last test,\u201d an institute spokeswoman said.",
            "Kestrel Space Institute",
        ),
        (  # culture: read as a body's name by the parse, though written in lower case
            "The Kowloon Dance Academy cancelled its winter season.\n\n"
            "\u201cThe stage floor must be replaced,\u201d the academy's spokeswoman said.",
            "Kowloon Dance Academy",
        ),
    ],
)
def test_a_body_noun_before_the_spokesperson_refers_back_to_the_body_named(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # business
            "Brightwell Foods recalled two brands of baby formula.\n\n"
            "The decision drew complaints. \u201cNo child has fallen ill,\u201d its spokeswoman said.",
            "Brightwell Foods",
        ),
        (  # conservation
            "The Okavango Wildlife Trust counted forty new elephant calves.\n\n"
            "\u201cThe herds are growing again,\u201d its spokesperson said.",
            "Okavango Wildlife Trust",
        ),
        (  # industry
            "Tanaka Motors halted production at its Osaka plant.\n\n"
            "Its spokesman said parts from the supplier had stopped arriving.",
            "Tanaka Motors",
        ),
    ],
)
def test_its_spokesperson_speaks_for_the_body_in_focus(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # utilities
            "Residents complained about the closures.\n\n"
            "\u201cReservoirs are at their lowest in decades,\u201d the water agency's spokesman said.",
            "water agency",
        ),
        (  # health
            "Residents complained about the recall.\n\n"
            "\u201cNo child has fallen ill,\u201d a food safety agency spokeswoman said.",
            "food safety agency",
        ),
        (  # sport
            "Fans complained about the ticket prices.\n\n"
            "\u201cThe board wants a fresh start,\u201d the football club's spokesperson said.",
            "football club",
        ),
        (  # culture: a bare body singles out no one
            "Visitors complained about the closure.\n\n"
            "\u201cIts provenance is in doubt,\u201d the gallery's spokesman said.",
            None,
        ),
    ],
)
def test_an_unnamed_body_speaks_as_written_when_its_field_singles_it_out(
    nlp: Language, text: str, body: str | None
) -> None:
    assert speakers(nlp, text) == [body]
