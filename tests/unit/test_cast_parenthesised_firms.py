"""A company's name with a parenthesised word before its legal form ("Tessaly (Holdings) Ltd"), with or without
a stock code: the whole name is the company's however the model labels its first words, the legal form the parse
makes the subject speaks for it, and the name written again later without the parentheses is the same company.
Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("firm", "name"),
    [
        ("Tessaly (Holdings) Ltd", "Tessaly (Holdings) Ltd"),
        ("Quillfeather (Overseas) Inc", "Quillfeather (Overseas) Inc"),
        ("Marlowe (Canada) Ltd <MQX.TO>", "Marlowe (Canada) Ltd"),
        ("Ilvane (Pty) Ltd", "Ilvane (Pty) Ltd"),
    ],
)
def test_the_whole_name_speaks_in_the_lede_and_later(nlp: Language, firm: str, name: str) -> None:
    text = (
        f"{firm} said its new clinic would open in the spring.\n\n"
        "The company employs 300 people in three towns.\n\n"
        f"{name.split(' (')[0]} also said the clinic would employ 40 nurses."
    )
    assert speakers(nlp, text) == [name, name]


def test_a_short_name_of_two_words_is_the_same_company(nlp: Language) -> None:
    text = (
        "Orrin Kwai (Holdings) Ltd <OKH.HK> said it would sponsor the city marathon next year.\n\n"
        "The group employs 300 people in three towns.\n\n"
        "Orrin Kwai also said the race would start at the harbour."
    )
    assert speakers(nlp, text)[-1] == "Orrin Kwai (Holdings) Ltd"


@pytest.mark.parametrize(
    ("text", "name"),
    [  # must not fire: parentheses with no legal form after them
        ("Senator Mara Colt (Labour) said the budget would pass.", "Mara Colt"),
        ("Mayor Ivo Brask (Independent) said the tram would run on Sundays.", "Ivo Brask"),
        ("Coach Rina Holt (Vipers) said the team was ready.", "Rina Holt"),
    ],
)
def test_a_person_with_a_parenthesised_party_stays_a_person(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]
