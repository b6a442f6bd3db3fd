"""Unnamed officials speaking in a paper a body put out ("officials said in a statement issued by X", "In a
statement released by X, officials said") speak for that body; with no author after "by" they stay
unresolved, and a body the officials' own phrase names comes first. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # transport, the paper fronted
            "In a statement issued by the Velmar Transport Ministry, officials said fares would rise next month.",
            "Velmar Transport Ministry",
        ),
        (  # business, the paper after the verb
            "Officials said in a statement released by Tarnwick Steel Corp that the plant would close in June.",
            "Tarnwick Steel Corp",
        ),
        (  # sport, dated
            "In a statement released by the Ostrava Football Federation on Monday, officials said the final "
            "would be played in May.",
            "Ostrava Football Federation",
        ),
    ],
)
def test_officials_speak_for_who_issued_the_paper(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body]


def test_officials_in_an_unsourced_statement_stay_unnamed(nlp: Language) -> None:
    """Health: no author, no body guessed."""
    text = "Wards were crowded on Monday. In a statement, officials said the clinic had treated 40 patients."
    assert speakers(nlp, text) == [None]


def test_officials_of_a_named_body_keep_it(nlp: Language) -> None:
    """Labour: the officials' own body, not the paper's author."""
    text = (
        "Officials of the Northern Dockers Union said in a statement issued by Harbour Employers Council "
        "that the strike would go on."
    )
    assert speakers(nlp, text) == ["Northern Dockers Union"]
