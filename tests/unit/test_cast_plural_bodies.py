"""Bodies that speak together: "the two companies said" after two were named is both of them, named "A and B"
as the gold names joint speakers. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers


def test_the_two_companies_are_the_two_named_before(nlp: Language) -> None:
    text = (
        "Dravo Holdings Corp and Quillon Foods Plc agreed to merge their bakery units.\n\n"
        "The two companies said the combined unit would employ 900 people."
    )
    assert speakers(nlp, text) == ["Dravo Holdings Corp and Quillon Foods Plc"]


def test_both_banks_are_the_two_named_before(nlp: Language) -> None:
    text = (
        "Harbor Savings Bank and Pellmark Bancorp Inc settled the dispute over the branch lease.\n\n"
        "Both banks said the branch would stay open."
    )
    assert speakers(nlp, text) == ["Harbor Savings Bank and Pellmark Bancorp Inc"]


def test_two_companies_not_yet_named_are_no_one_named(nlp: Language) -> None:  # must not fire
    text = (
        "Dravo Holdings Corp and Quillon Foods Plc were fined by the regulator.\n\n"
        "Two companies said the fines were too high."
    )
    assert speakers(nlp, text) != ["Dravo Holdings Corp and Quillon Foods Plc"]
