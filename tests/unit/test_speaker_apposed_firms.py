"""A firm named in apposition to an insolvency office speaks, whatever its plural name looks like."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize("firm", ["Harrow Vale Partners", "Corlan Brothers"])
def test_a_plural_firm_name_set_beside_the_office_speaks(nlp: Language, firm: str) -> None:
    text = f"The chain Bellmont Stores collapsed. The chain's administrator, {firm}, said shops would stay open."
    assert speakers(nlp, text) == [firm]


@pytest.mark.parametrize("office", ["receiver", "trustee"])
def test_a_name_set_after_the_object_of_a_receiver_or_trustee_is_its_holder(nlp: Language, office: str) -> None:
    text = f"The airline Skyvane collapsed on Monday. The {office} of the airline, Palmer Dunn, says flights will stop."
    assert speakers(nlp, text) == ["Palmer Dunn"]


def test_a_nations_people_in_apposition_still_name_nobody(nlp: Language) -> None:
    text = "A manager of the fishing firm, whose crew were Filipinos, said the boat had sunk."
    assert speakers(nlp, text) == [None]
