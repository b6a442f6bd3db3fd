"""A body's short form other than all-capitals initials speaks as the body named in full: letters joined by
"and" ("H and V" after "Harlan and Vane's") and a word run together from its words' openings ("Norex" after
"the Nordic Cotton Exchange"). A word that is itself a word of the name, or initials that spell no one named,
stay as written. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast.reading.short_forms import contracts, joined_initials
from tests.unit.readers import speakers


@pytest.mark.parametrize(("word", "name", "spells"), [
    ("Norex", "Nordic Cotton Exchange", True),
    ("Calfoas", "Caledonian Football Association", True),
    ("Nordic", "Nordic Cotton Exchange", False),  # a word of the name is that word, no contraction
    ("Nocex", "Nordic Cotton Exchange", False),  # a one-letter opening would spell nearly anything
    ("Ames", "American Ecology Systems", False),
    ("Grex", "Pacific Grain Exchange", False),  # a contraction opens with the name's first word
])
def test_contracts(word: str, name: str, spells: bool) -> None:
    assert contracts(word, name) is spells


@pytest.mark.parametrize(("name", "initials"), [("H and V", "HV"), ("A & B & C", "ABC"), ("H and Vane", None)])
def test_joined_initials(name: str, initials: str | None) -> None:
    assert joined_initials(name) == initials


@pytest.mark.parametrize(("text", "said"), [
    pytest.param(
        "Harlan and Vane's said 17 lenders benefit from parent support.\n\n"
        "An independent lender must hold more capital, H and V said.\n\n"
        "But Orbel injected equity at timely intervals, H and V noted.",
        ["Harlan and Vane", "Harlan and Vane", "Harlan and Vane"],
        id="initials-joined-by-and/finance",
    ),
    pytest.param(
        "Marsh and Tolland said the index would be rebalanced.\n\nM and T said three stocks would leave it.",
        ["Marsh and Tolland", "Marsh and Tolland"],
        id="initials-of-a-partnership/markets",
    ),
    pytest.param(
        "The Nordic Cotton Exchange said trading hours would be extended in May.\n\n"
        "The Norex said the change follows a members' vote.",
        ["Nordic Cotton Exchange", "Nordic Cotton Exchange"],
        id="a-run-together-word/exchange",
    ),
    pytest.param(
        "The Caledonian Football Association said the final would move.\n\n"
        "The Calfoas said tickets would be refunded.",
        ["Caledonian Football Association", "Caledonian Football Association"],
        id="a-run-together-word/sport",
    ),
    pytest.param("Tokyo said the tariff would stay.", ["Tokyo"], id="a-capital-for-its-government/diplomacy"),
    pytest.param("Japanese officials said the tariff would stay.", [None], id="a-nationality/trade"),
    pytest.param(
        "Brenda Holt and Victor Lane said the school would close.",
        ["Brenda Holt and Victor Lane"],
        id="two-people-named-jointly/schools",
    ),
])
def test_short_forms_speak_as_the_body(nlp: Language, text: str, said: list[str | None]) -> None:
    assert speakers(nlp, text) == said
