""" "The agency said" refers back to the one body the article named whose name says it is an agency-like
public or rating body ("X Service", "Y Administration", "Z Regulator") though the word "agency" is not in
its name; two such bodies, a firm or a sports association leave it unnamed. Invented sentences per beat."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # finance: a rating firm
        ("Meridian Ratings Service Inc lowered its rating on the bonds of Harlow Steel Corp on Tuesday.\n\n"
         "The agency warned that the outlook for the coming year remained weak.", "Meridian Ratings Service Inc"),
        # health: a drug regulator, one unrelated sentence between
        ("The Tarrant Drug Administration approved a new vaccine made by Olsen Pharma on Friday.\n\n"
         "Supplies will reach clinics in May.\n\nThe agency said that older patients would be treated first.",
         "Tarrant Drug Administration"),
        # energy: a regulator
        ("The Kelvor Energy Regulator fined Brisk Power Ltd on Monday for missing safety checks.\n\n"
         "The agency also said that two more suppliers were under review.", "Kelvor Energy Regulator"),
        # environment: a public office
        ("The Fennick Environment Protection Office said river pollution rose last year.\n\n"
         "The agency said that farms were the main source.", "Fennick Environment Protection Office"),
    ],
)
def test_the_agency_is_the_agency_like_body_named(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # two agency-like bodies: no guess between them
        "The Velmar Water Authority and the Kelvor Tax Office met on Monday.\n\n"
        "The agency said that the outlook for the coming year remained weak.",
        # a firm is no agency
        "Brisk Power Ltd said its home services unit lost money.\n\n"
        "The agency said that the outlook for the coming year remained weak.",
        # a sports association is not called an agency
        "The Halden Football Association suspended two referees after Saturday's match.\n\n"
        "The agency said that the outlook for the coming year remained weak.",
    ],
)
def test_the_agency_stays_unnamed_without_one_such_body(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[-1] is None
