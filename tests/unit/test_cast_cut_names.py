"""A body named in full once and shortened after is one speaker under its full name, whatever cut the short
form makes: a lower-case full name with its opening words capitalised elsewhere, a hyphenated first word, the
words before a joined name's "and", a founder's word with its "'s", and a lone "Ministry" when the article
names one portfolio. Invented sentences per beat; the must-not-fire rows keep two bodies, a person or an
unnamed body as they are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers

FULL_NAME_KEPT = [
    pytest.param(
        "venmora's biggest private bank, el banco de torrado, will meet creditors in london on monday, a bank"
        " spokesman said.\n\nEl banco's problems stem from the devaluation, officials said. El banco said it"
        " would ask for relief.",
        ["el banco de torrado", None, "el banco de torrado"],
        id="finance-lower-case-full-name",
    ),
    pytest.param(
        "Kessel-Brandt Plc said it would close two plants next year.\n\nKessel said the closures would cost 300 jobs.",
        ["Kessel-Brandt Plc", "Kessel-Brandt Plc"],
        id="labour-hyphenated-first-word",
    ),
    pytest.param(
        "Orvane-Lisle Ltd, the club's shirt sponsor, said it would extend its deal for three seasons.\n\n"
        "Orvane said the club's cup run had lifted sales.",
        ["Orvane-Lisle Ltd", "Orvane-Lisle Ltd"],
        id="sport-hyphenated-first-word",
    ),
    pytest.param(
        "Dravik-Moll AG said its vaccine trial met its main goal.\n\nDravik said it would seek approval in the autumn.",
        ["Dravik-Moll AG", "Dravik-Moll AG"],
        id="science-hyphenated-first-word",
    ),
    pytest.param(
        "Alder Gas and Electric Co said it would raise rates by four pct.\n\n"
        "Alder Gas said the increase would pay for new lines.",
        ["Alder Gas and Electric Co", "Alder Gas and Electric Co"],
        id="business-words-before-and",
    ),
    pytest.param(
        "Corvale Sand and Gravel Corp said it will donate land for a new sports ground.\n\n"
        "Corvale Sand said the pitch would open in May.",
        ["Corvale Sand and Gravel Corp", "Corvale Sand and Gravel Corp"],
        id="local-words-before-and",
    ),
    pytest.param(
        "Union leaders met managers of Brannock's Seafood on Tuesday after it said it would shut its factory.\n\n"
        "Hull-based Brannock's said the factory was no longer viable.",
        [None, "Brannock's Seafood"],
        id="labour-founder-with-its-s",
    ),
    pytest.param(
        "Minister of Coastal Planning Ana Ruiz told reporters the sea wall would be finished by May.\n\n"
        '"The work is on time," a Ministry spokesman said.',
        ["Ana Ruiz", "Ministry of Coastal Planning"],
        id="local-politics-lone-ministry",
    ),
    pytest.param(
        "Tovar, who is also Minister of Rural Health, said clinics would open in three villages.\n\n"
        '"We have the staff," a Ministry official said.',
        ["Tovar", "Ministry of Rural Health"],
        id="health-lone-ministry",
    ),
]

LEFT_AS_WRITTEN = [
    pytest.param(
        "Alder Corp and Brisk Inc said they would merge their freight arms.",
        ["Alder Corp and Brisk Inc"],
        id="two-firms-joined-by-and",
    ),
    pytest.param(
        "Franco-German talks on the rail link ended without a deal, Brisk Inc said.",
        ["Brisk Inc"],
        id="hyphenated-pair-of-nations",
    ),
    pytest.param(
        "Anna Kessel, a lawyer for Kessel-Brandt Plc, spoke to the court.\n\nKessel said the firm would appeal.",
        ["Anna Kessel"],
        id="person-sharing-the-hyphenated-word",
    ),
    pytest.param("The ministry said the new curriculum would start in September.", [None], id="the-ministry-alone"),
    pytest.param(
        "Minister of Fisheries Ana Ruiz and Minister for Sport Leo Varga met on Monday.\n\n"
        '"Nothing was agreed," a Ministry spokesman said.',
        ["Ministry"],
        id="two-portfolios",
    ),
    pytest.param(
        'Prime Minister of Norvania Ola Brenn arrived on Monday.\n\n"The visit is private," a Ministry spokesman said.',
        ["Ministry"],
        id="a-country-is-no-portfolio",
    ),
    pytest.param("a Lisbon-based broker said the shares were cheap.", [None], id="lower-case-description"),
    pytest.param(
        "Vantor Corp said its unit Vantor's Widgets would be sold.\n\nVantor said the sale would close in June.",
        ["Vantor Corp", "Vantor Corp"],
        id="owner-of-a-possessive-unit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FULL_NAME_KEPT)
def test_a_short_form_speaks_under_the_full_name(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), LEFT_AS_WRITTEN)
def test_names_that_are_no_short_form_stay(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp, text) == expected


def test_the_short_form_of_a_lower_case_name_speaks_under_it(nlp: Language) -> None:
    text = (
        "the town's football club, la union de santa brava, said its coach had resigned.\n\n"
        "La union said it would name a successor next week."
    )
    assert speakers(nlp, text)[-1] == "la union de santa brava"
