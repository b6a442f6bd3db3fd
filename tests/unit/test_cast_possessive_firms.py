"""Firms named after a founder with an owner's "'s" ("Tobbin's Credit Ratings Inc", "Marlow and Veddle's
Corp") are one organisation, not a founder and a body cut at the "'s", and the short form after ("Tobbin's
said") is that firm. A real owner (named without the "'s" elsewhere, a place, a longer name, an owned unit)
keeps its possessive reading. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


def story(text: str) -> str:
    return "The story went on this week.\n\n" + text


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Tobbin's Credit Ratings Inc said it cut the county's ratings.", "Tobbin's Credit Ratings Inc"),
        ("Kestner's Stores Inc said its holiday sales rose eight pct.", "Kestner's Stores Inc"),  # retail
        ("Malloran's Brewery Plc said it would raise the price of its ales.", "Malloran's Brewery Plc"),  # brewing
        ("Brisco's Auction Rooms Ltd said the spring sale had fetched record prices.", "Brisco's Auction Rooms Ltd"),
        ("Marlow and Veddle's Corp said it lowered the rating of the port bonds.", "Marlow and Veddle's Corp"),
    ],
)
def test_a_founder_named_firm_speaks_whole(nlp: Language, text: str, firm: str) -> None:
    assert speakers(nlp, story(text)) == [firm]


def test_the_founder_named_firm_shortened_after_is_that_firm(nlp: Language) -> None:
    text = story(
        "Harwell's Credit Ratings Inc said on Monday it lowered the debt ratings of the water utility.\n\n"
        "Harwell's said the change reflected weaker demand in the region."
    )
    assert speakers(nlp, text) == ["Harwell's Credit Ratings Inc", "Harwell's Credit Ratings Inc"]


@pytest.mark.parametrize(
    "text",
    [
        "Tobbin's Varn Metals Inc unit said output fell in the third quarter.",  # an owner's unit
        "Britain's Tobbin Chemical Plc said it would cut 400 jobs at its plants.",  # a country's firm
        "Orla Air's Tobbin Lines Inc said fares would rise in June.",  # an owner of two words
        "Ann Tobbin's lawyer said the case would be appealed.",  # a person's lawyer
    ],
)
def test_a_real_owner_is_no_founder(nlp: Language, text: str) -> None:
    owners = ("Tobbin's", "Britain", "Orla", "Ann")
    assert all(s is None or not s.startswith(owners) for s in speakers(nlp, story(text)))


def test_an_owner_named_without_its_possessive_is_no_founder(nlp: Language) -> None:
    text = story("Kestner Holdings said it would sell a mill. Kestner's Varn Metals Inc chief said the sale was near.")
    assert all(s is None or "'s" not in s for s in speakers(nlp, text))
