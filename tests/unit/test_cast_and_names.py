"""A company named for two trades joined by "and" speaks under its whole name: invented sentences per beat."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        pytest.param(
            "Quarrow Oil and Gas Co said it has settled the strike at its refinery.\n\n"
            "The company added that talks with the union would resume on Monday.",
            "Quarrow Oil and Gas Co",
            id="labour-no-spans",
        ),
        pytest.param(
            "<Tellane Iron and Steel Co> said it will sponsor the regional cycling race next year.",
            "Tellane Iron and Steel Co",
            id="sport-wire-bracket",
        ),
        pytest.param(
            "Corvale Sand and Gravel Corp says it plans to donate three paintings to the town gallery.\n\n"
            "The company added that the gift marks its centenary.",
            "Corvale Sand and Gravel Corp",
            id="culture-parse-coordinates",
        ),
        pytest.param(
            '"We are relieved," Ostrava Gas and Electric Co said after the court cleared it of all charges.',
            "Ostrava Gas and Electric Co",
            id="courts-trailing",
        ),
        pytest.param(
            "Dunhollow Bank and Trust Co said it will open two clinics for its staff in the spring.",
            "Dunhollow Bank and Trust Co",
            id="health-bank-and-trust",
        ),
        pytest.param(
            "Pellingham and Sons said it would rebuild the council's footbridge by June.",
            "Pellingham and Sons",
            id="local-bare-and-sons",
        ),
    ],
)
def test_firm_joined_at_and_speaks_whole(nlp: Language, text: str, firm: str) -> None:
    assert set(speakers(nlp, text)) == {firm}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        pytest.param(
            "Mayor Ann Keller and Dunhollow Water Co said they had agreed to share the cost of the new bridge.",
            "Ann Keller", "Dunhollow Water Co", id="person-and-firm",
        ),
        pytest.param(
            "The Labour Party and Ostrava Power Co said talks with the ministry had stalled.",
            "Labour Party", "Ostrava Power Co", id="party-and-firm",
        ),
    ],
)
def test_person_or_body_and_firm_stay_two(nlp: Language, text: str, first: str, second: str) -> None:
    [speaker] = speakers(nlp, text)
    assert speaker is not None and first in speaker and second in speaker and speaker != first
