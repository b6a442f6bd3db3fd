"""A surname written once with a slip of the keys is still the person named in full before."""

from __future__ import annotations

import pytest

from streams.enrich.cast.reading.registry import one_slip_apart
from tests.unit.readers import speakers

SLIPS = [
    # sport: a letter dropped
    ('Goalkeeper Zbigniew Kaczmarczyk kept a clean sheet. "We defended well," Mr Kaczmarcyk said.',
     "Zbigniew Kaczmarczyk"),
    # business: two letters swapped
    ('Chief executive Adaeze Okonkwo announced the merger. "It is a good day," Ms Okonkow said.',
     "Adaeze Okonkwo"),
    # courts: a letter changed
    ('Defence lawyer Ingrid Halvorsen spoke outside court. "My client is innocent," Ms Halvorsan said.',
     "Ingrid Halvorsen"),
    # science: a letter added
    ('Researcher Kenji Morimoto led the study. "The results surprised us," Dr Morimotto said.',
     "Kenji Morimoto"),
]


@pytest.mark.parametrize(("text", "person"), SLIPS)
def test_a_misspelt_surname_is_the_person_named_before(nlp, text: str, person: str) -> None:
    assert speakers(nlp, text) == [person]


def test_two_people_one_slip_apart_from_the_lone_surname_stay_apart(nlp) -> None:
    text = ('Coach Pieter Hansens praised the squad and his assistant Lotte Hansena agreed. '
            '"We improved," Mr Hansen said.')
    assert speakers(nlp, text)[-1] == "Hansen"


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [("okonkwo", "okonkow", True), ("kaczmarczyk", "kaczmarcyk", True), ("morimoto", "morimotto", True),
     ("halvorsen", "halvorsan", True), ("okonkwo", "okonkwo", False), ("halvorsen", "kalvorsen", False),
     ("morimoto", "morimatto", False)],
)
def test_one_slip_apart(a: str, b: str, apart: bool) -> None:
    assert one_slip_apart(a, b) is apart
