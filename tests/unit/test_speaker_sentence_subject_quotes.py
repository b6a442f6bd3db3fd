"""A quotation with no speech verb inside a sentence whose own subject is a noun written before it is that
subject's wording (`The draft defines the mission as "..."`), not the person last in focus. Invented
sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (  # international: a draft resolution's wording
            "Talks resumed in the capital. Defence Minister Henrik Aalto said the troops would remain until spring. "
            "The new charter describes the mission as \u201cthe protection of civilians in the capital\u201d.",
            "Henrik Aalto",
        ),
        (  # labour law
            "Unions welcomed the change. Labour Minister Fatima Haddad said the rules start in July. "
            "The new law defines a worker as \u201canyone employed for more than ten hours a week\u201d.",
            "Fatima Haddad",
        ),
        (  # sport: a rulebook's wording
            "The season opens on Saturday. League chief Aroha Ngata said the changes were overdue. "
            "The new rulebook defines a foul as \u201cany contact that stops a clear run at goal\u201d.",
            "Aroha Ngata",
        ),
    ],
)
def test_a_documents_wording_is_not_the_last_speakers(nlp: Language, text: str, first: str) -> None:
    found = speakers(nlp, text)
    assert len(found) == 2 and found[0] == first and found[1] != first


def test_a_role_subject_still_speaks_its_wording(nlp: Language) -> None:
    """Local politics: the subject is a role the article titled, so the wording is hers."""
    text = (
        "The council met on Monday. Mayor Ingrid Solberg opened the meeting. "
        "The mayor described the plan as \u201ca waste of public money and time\u201d."
    )
    assert speakers(nlp, text)[-1] == "Ingrid Solberg"
