""""It" after a sentence whose main clause tells one body about another ("A said B had paid. It ...") is the
main clause's body, as he/she is its person: the reported clause's subject is what A spoke about. Invented
sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast


def _it_refers_to(nlp: Language, text: str) -> str | None:
    cast = story_cast(nlp, text)
    pronoun = next(t for t in cast.doc if t.text == "It")
    entity = cast.resolve(pronoun)
    return entity.name if entity is not None else None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Halvorsen Corp said that Tarrow Mining had raised its offer.\n\nIt spoke after talks with bankers.",
         "Halvorsen Corp"),  # business
        ("Quillon County Council said Brightwater Ltd had missed the deadline.\n\nIt spoke out after a "
         "meeting with residents.", "Quillon County Council"),  # local politics
        ("Verity Health Inc announced on Monday that Marlow Pharma had stopped supplies.\n\nIt said so after "
         "consultations with doctors.", "Verity Health Inc"),  # health
    ],
)
def test_it_is_the_main_clauses_body(nlp: Language, text: str, body: str) -> None:
    assert _it_refers_to(nlp, text) == body


def test_a_later_main_body_still_wins(nlp: Language) -> None:
    text = "Halvorsen Corp lost money last year. Tarrow Mining raised its offer.\n\nIt spoke after talks with bankers."
    assert _it_refers_to(nlp, text) == "Tarrow Mining"
