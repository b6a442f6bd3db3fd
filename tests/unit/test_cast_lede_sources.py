"""A lede sourced to a role ("..., the director of the X Agency said") and a plain name speaking in the next
paragraph, referred to as "he" or "she": the name is that person's, whatever label the model gave it; a company
("it") or a lede sourced to a body is left alone. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (  # business: the name read as an organisation, "he" in its sentence
            "Bank lending to farmers rose 12 pct in 1986, the director of the publicly owned Timber Sales Agency "
            'said.\n\n"Credit remains scarce," Hikam Bakhit said as he left the capital on Friday.',
            "Bakhit",
        ),
        (  # labour: initials and a surname, "he" in the next sentence
            "The strike by teachers will continue into next week, the President of the Regional Bankers "
            "Association said.\n\nK. Rwakasisi told reporters talks had broken down on Friday.\n\n"
            '"Our members are angry," he said.',
            "Rwakasisi",
        ),
    ],
)
def test_the_name_after_a_role_sourced_lede_is_its_source(nlp: Language, text: str, surname: str) -> None:
    found = speakers(nlp, text)
    assert all(s is not None and s.endswith(surname) for s in found)


def test_a_company_after_a_role_sourced_lede_stays_a_body(nlp: Language) -> None:
    text = (
        "Exports of maize fell sharply last season, the director of the publicly owned Timber Sales Agency said.\n\n"
        "Kestrel Marsh said it expected prices would recover next year."
    )
    assert speakers(nlp, text)[-1] == "Kestrel Marsh"
