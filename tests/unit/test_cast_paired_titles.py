"""Two people, each with a title before the name, coordinated as one subject: the parse hangs the second title's
lower-case portfolio every which way (a proper noun, an apposition of the first title), and each person still
keeps the whole title. Invented sentences from several beats, names from many cultures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast, titles


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Chief executive Lena Berg and union leader Tomas Ruiz met on Monday.",  # labour
            ("Lena Berg", "Chief executive"),
            ("Tomas Ruiz", "union leader"),
        ),
        (
            "Mayor Priya Raman and council leader Dmitri Volkov met on Friday.",  # local politics
            ("Priya Raman", "Mayor"),
            ("Dmitri Volkov", "council leader"),
        ),
        (
            "Head coach Farida Haddad and team captain Priya Raman met the press.",  # sport
            ("Farida Haddad", "Head coach"),
            ("Priya Raman", "team captain"),
        ),
        (
            "Health Minister Aroha Ngata and hospital director Tomas Ruiz toured the ward.",  # health
            ("Aroha Ngata", "Health Minister"),
            ("Tomas Ruiz", "hospital director"),
        ),
    ],
)
def test_each_of_two_titled_subjects_keeps_the_whole_title(
    nlp: Language, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    people = titles(story_cast(nlp, text))
    assert (people.get(first[0]), people.get(second[0])) == (first[1], second[1])
