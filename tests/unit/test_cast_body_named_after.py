"""An organisation's name closing the subject's phrase ("A breakaway wing of the Kestrel movement, the Red Dawn
Brigades, said") names the subject when the phrase's object has a name of its own, so the closing name cannot be
renaming it; after an unnamed object ("a subsidiary of the carmaker, X,") X may be the carmaker and stays unread
as the speaker. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # international: the armed wing of a named foundation
            "The armed wing of the Volkov Foundation, the Zanele Youth League, said it would appeal the ruling.",
            "Zanele Youth League",
        ),
        (  # labour: a breakaway faction of a named party
            "A breakaway faction of the Ngata Party, the Harbour Workers Alliance, said it would appeal the ruling.",
            "Harbour Workers Alliance",
        ),
        (  # business: a unit of a named company
            "A research unit of Tanaka Group's logistics division, the Baltic Rail Cooperative, said profits had "
            "doubled.",
            "Baltic Rail Cooperative",
        ),
    ],
)
def test_a_name_closing_the_phrase_names_the_subject(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body]


def test_after_an_unnamed_object_the_name_may_be_the_objects(nlp: Language) -> None:
    assert speakers(nlp, "A subsidiary of the Korean carmaker, Hanbit Motors, said sales had doubled.") == [None]
