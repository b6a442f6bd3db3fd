""""The festival", "the hospital": a body of that kind, not whichever organisation was named last, when the
names before it say they are another kind of body (a trust, a bank, a union, a company). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "text",
    [
        (  # culture: a trust is no festival
            "The Harbour Arts Trust funds several events in the city. "
            "Ticket sales rose by a third this year, according to the festival."
        ),
        (  # health: a bank is no hospital
            "Kestrel Bank lent money to the district. The hospital said two patients were in a serious condition."
        ),
        (  # science: a company is no observatory
            "Veltrona Optics Ltd built the new telescope. The observatory said the first images were sharp."
        ),
        (  # zoo after a union
            "The Marrow Union of Keepers called for higher pay. The zoo said the elephants were healthy."
        ),
    ],
)
def test_a_body_of_another_kind_is_not_the_one_meant(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[-1] is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # sport: a club's name need not say "club"
            "Dunmore Rovers sacked their coach on Sunday. The club said a successor would be named soon.",
            "Dunmore Rovers",
        ),
        (  # education: an academy is a school
            "Maseru Academy raised its fees. The school said bursaries would rise.",
            "Maseru Academy",
        ),
        (  # culture: the festival named before
            "The Kestrel Jazz Festival opened on Friday. Ticket sales rose by a third, according to the festival.",
            "Kestrel Jazz Festival",
        ),
    ],
)
def test_a_body_of_that_kind_is_still_the_one_meant(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body
