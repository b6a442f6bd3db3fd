"""A given name that is also an English word ("Destiny", "Christian", "Blessing") opening a three-part name is part
of the name, though the small model leaves it out of the person's span or calls it a faith; a title or rank in
the same place ("Dean", "Pastor": given names too) stays a title. Every name is invented; several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast


def people(nlp: Language, text: str) -> list[str]:
    return [p.name for p in story_cast(nlp, text).people]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Destiny Rahul Mehta said on Monday that the talks had stalled.", "Destiny Rahul Mehta"),  # politics
        ("Christian Hiroshi Tanaka told the court he had not seen the letter.", "Christian Hiroshi Tanaka"),  # courts
        ("Blessing Maren Solheim scored twice as the visitors won 3-1.", "Blessing Maren Solheim"),  # sport
        ("Mercy Leila Haddad told the tribunal she had not been paid.", "Mercy Leila Haddad"),  # labour
    ],
)
def test_a_word_that_is_a_given_name_opens_the_name(nlp: Language, text: str, person: str) -> None:
    assert person in people(nlp, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dean Leila Haddad said the faculty would reopen in May.", "Leila Haddad"),  # education
        ("Pastor Joaquin Ibarra told the congregation the church would stay open.", "Joaquin Ibarra"),  # faith
        ("Dean Kwabena Asante, a surgeon, said the ward was full.", "Kwabena Asante"),  # health
    ],
)
def test_a_title_before_the_name_stays_out_of_it(nlp: Language, text: str, person: str) -> None:
    assert person in people(nlp, text)
