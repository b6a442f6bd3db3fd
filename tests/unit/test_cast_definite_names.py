"""A one-word name written with "the" (a river, a ship, a product) is no person, so it never takes the lede's
unnamed speaker; and a company named with a legal form that "reported" its results is no news outlet, so its
unnamed officials speak for it. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("Norvane Shipping Ltd expects higher freight rates, a company official said.\n\n"
         "The official said the Marisol would sail in June.\n\nCosts would fall, the official said.",
         "Costs would fall", "Norvane Shipping Ltd"),  # shipping
        ("Brenmark Corp reported that its profit rose.\n\nA company official said the rise came from exports.",
         "came from exports", "Brenmark Corp"),  # business
        ("Halvard AG reported higher sales for the quarter.\n\nA company official said prices had held.",
         "prices had held", "Halvard AG"),  # industry
    ],
)
def test_the_company_speaks_for_its_official(nlp: Language, text: str, fragment: str, name: str) -> None:
    assert speaker_of(nlp, text, fragment) == name


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("Mayor Ana Ortiz said the bridge would reopen.\n\nOrtiz said the Oldmere had flooded twice.",
         "bridge would reopen", "Ana Ortiz"),  # local politics
        ("Coach Dara Velle praised the squad.\n\nThe Velle plan worked, Velle said.", "plan worked", "Dara Velle"),
        ("The Daily Ledger reported that the mayor would resign.\n\nThe newspaper said the council had met.",
         "council had met", "Daily Ledger"),  # press
    ],
)
def test_people_and_papers_keep_their_voice(nlp: Language, text: str, fragment: str, name: str) -> None:
    assert speaker_of(nlp, text, fragment) == name
