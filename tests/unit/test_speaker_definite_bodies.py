"""Definite descriptions of a named body: "the government" after one country named anywhere is that
country's, and "the government of X" is X's; "the <Party> leadership" is the party; "the company" after a
unit was described stays the firm that spoke first. Invented sentences per beat, with must-not-fire cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # health: the country is only the object of a preposition
        ("Doctors in Malawi warned of a cholera outbreak this week. Clinics counted 300 cases. "
         "The government said it would send water tankers to the north.", "Malawi's government"),
        # business: the country's sentence is reported by a radio, so no subject is in focus
        ("Bhutan raised fuel prices by eight pct, the state radio reported. Bus drivers protested. "
         "The government said the rise would cut the deficit.", "Bhutan's government"),
        # diplomacy: the "of" phrase names the country, whichever one the sentence before was about
        ("Paraguay recalled its envoy on Monday. The government of Belize said it regretted the step.",
         "Belize's government"),
    ],
)
def test_the_government_is_the_country_named(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[-1] == speaker


def test_two_countries_named_alike_leave_the_government_unread(nlp: Language) -> None:
    text = ("Fishermen from Tonga clashed with a patrol boat from Vanuatu on Monday. "
            "The government said it would protest.")
    assert speakers(nlp, text)[-1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # local politics: a party name the parser reads as a nationality
        ("Coalition talks ran until dawn. The Social Democrat leadership said on Friday morning that its "
         "ministers would step down.", "Social Democrat"),
        # elections
        ("Voters go to the polls in May. The Christian Labour leadership said on Tuesday it would back the budget.",
         "Christian Labour"),
    ],
)
def test_a_party_leadership_speaks_for_the_party(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[-1] == speaker


def test_a_nation_leadership_is_no_party(nlp: Language) -> None:
    assert speakers(nlp, "Talks broke down. The North Korean leadership said it would quit.")[-1] is None


@pytest.mark.parametrize(
    "text",
    [
        # business: a unit written as the parent's, then described with a copula
        "Walker Brand Inc said it will close two plants of its Ferro unit, cutting 400 jobs. "
        "Ferro is a unit of Walker. The company said the closures would save 20 mln dlrs a year.",
        # billing errors at a unit of a subsidiary
        "Orrin Corp said checks at its Castell unit found billing errors. Orrin said two Castell managers had quit. "
        "Castell is a unit of Orrin's engineering arm. The company said the cost to its profit would be small.",
    ],
)
def test_the_company_after_a_unit_is_the_firm_that_spoke(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[-1] in ("Walker Brand Inc", "Orrin Corp")


def test_a_unit_that_speaks_first_keeps_the_company(nlp: Language) -> None:
    text = ("Kimber Optics Inc said it would hire 200 staff. Kimber is a unit of Walker Brand Inc. "
            "The company said the new staff would start in May.")
    assert speakers(nlp, text)[-1] == "Kimber Optics Inc"
