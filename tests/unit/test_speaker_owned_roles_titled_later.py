"""A role a named owner makes definite ("Riverside United's chairman says") is the one person the article later
titles with that office, as "the chairman" would be; never a holder the article places with another body.
Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # sport
            "Riverside United's chairman says more staff are needed.\n\n"
            "Officials met again on Monday.\n\n"
            "Chairman Priya Raghavan says the decision was the right one.",
            "Priya Raghavan",
        ),
        (  # business, wire copy without paragraphs
            "Skyward's chief executive says the talks are going well. The vote is due next week. "
            "Chief executive Tomasz Wiśniewski says the budget will be back in surplus by June.",
            "Tomasz Wiśniewski",
        ),
        (  # rowing body, culture of clubs
            "Rowing Norland's president says the regatta will go ahead.\n\n"
            "The river flooded twice this winter.\n\n"
            "President Diego Fernández says the course is safe.",
            "Diego Fernández",
        ),
    ],
)
def test_an_owned_role_is_the_person_titled_so(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[:2] == [person, person]


def test_a_holder_placed_with_another_body_is_not_the_owned_role(nlp: Language) -> None:
    """Banking: the bank's chairman is not the football club's."""
    text = (
        "Riverside United's chairman says more staff are needed.\n\n"
        "Officials met again on Monday.\n\n"
        "Norland Bank chairman Priya Raghavan says the loan is safe."
    )
    assert speakers(nlp, text)[0] != "Priya Raghavan"
