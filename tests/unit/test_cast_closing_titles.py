"""A title word the parse makes the subject, with its holder's name hung inside the title's own phrase right
before the verb ("Minister of Roads and Transport X told reporters", "Ambassador to Y X said"), speaks as that
holder; a title with no name, or a body's name closing it, leaves the speaker unnamed. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


def _story(sentence: str) -> str:
    return "The story went on this week.\n\n" + sentence


@pytest.mark.parametrize(
    ("sentence", "surname"),
    [
        ("Rail freight will rise by a fifth before 1990, Westerland Minister of Roads and Transport Karsono told "
         "Reuters.", "Karsono"),
        ("The border will reopen to lorries next week, Ostrian Ambassador to Berlin Anton Weller said.", "Weller"),
    ],
)
def test_the_name_closing_the_title_speaks(nlp: Language, sentence: str, surname: str) -> None:
    name = speakers(nlp, _story(sentence))[-1]
    assert name is not None and name.split()[-1] == surname


@pytest.mark.parametrize(
    "sentence",
    [
        "Rail freight will rise by a fifth, Westerland Minister of Transport said.",  # no name: unnamed
        "Rail freight will rise by a fifth, Chairman of Velmar Corp said.",  # a body closes the phrase
    ],
)
def test_no_name_closes_the_title(nlp: Language, sentence: str) -> None:
    assert speakers(nlp, _story(sentence))[-1] is None
