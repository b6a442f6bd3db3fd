"""A report written with its owner ("the board's report", "the team's report") speaks for that owner, a working
group's for the body that sent it, and a later bare "the report" is the same paper; a report of its own ("a
report in X") is not. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # health: a team from a body, its report and the report again
            "A team from the Varden Audit Office examined the city's two hospitals last month.\n\n"
            "The team's report says waiting times rose sharply last year.\n\n"
            "The report adds that staffing must improve before winter.",
            "Varden Audit Office",
        ),
        (  # sport: a body that sent a panel
            "The Pelham Sports Federation sent a panel to review the national stadium.\n\n"
            "The panel's report says the stands need urgent repairs.\n\n"
            "The report adds that the club should pay part of the cost.",
            "Pelham Sports Federation",
        ),
        (  # courts: the body's own report
            "The Dunmore Labour Tribunal's report on the court backlog says cases wait two years on average.\n\n"
            "The report adds that more judges must be appointed.",
            "Dunmore Labour Tribunal",
        ),
    ],
)
def test_an_owned_report_speaks_for_its_owner(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body, body]


def test_a_report_of_its_own_is_not_the_owned_one(nlp: Language) -> None:
    text = (
        "The Kellmore Safety Board's report says the port's debt fell for a third year.\n\n"
        "A report in the Eastvale Courier said fees could rise again in 1990.\n\n"
        "The report also said rents were rising."
    )
    # the later "the report" is the newspaper's, now that its name's shape shows it is one
    assert speakers(nlp, text) == ["Kellmore Safety Board", "the Eastvale Courier", "the Eastvale Courier"]
