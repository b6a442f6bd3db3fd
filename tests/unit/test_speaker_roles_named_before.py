"""A role set before a name ("a contractor, Dario Ferrante,") makes "the contractor" that person later, as
"X, a property tycoon," makes "the tycoon" X, though the role is no title word. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # local infrastructure
            "The bridge repairs were delayed again after a contractor, Dario Ferrante, found cracks in two piers. "
            "The contractor told reporters the work would take another month.",
            "Dario Ferrante",
        ),
        (  # crime
            "Burglars struck three stores on the high street, and a shopkeeper, Mei Ling Chou, lost her stock. "
            "The shopkeeper said police had been slow to respond.",
            "Mei Ling Chou",
        ),
        (  # business
            "The factory closed after a supplier, Oluwaseun Adeyemi, stopped deliveries in May. "
            "The supplier said the invoices had gone unpaid for a year.",
            "Oluwaseun Adeyemi",
        ),
    ],
)
def test_the_role_is_the_person_named_beside_it(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[-1] == person


def test_a_role_never_set_beside_a_name_names_no_one(nlp: Language) -> None:
    text = (
        "The bridge repairs were delayed again after Dario Ferrante found cracks in two piers. "
        "The contractor told reporters the work would take another month."
    )
    assert speakers(nlp, text)[-1] is None
