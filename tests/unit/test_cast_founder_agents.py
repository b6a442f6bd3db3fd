"""The agent of a passive whose verb says someone made something ("founded by", "written by", "directed by"),
written as a given name and a surname, is a person however common the given name: a firm named after its founder
was founded by that person. Every name is invented; each construction in several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The company was founded by Tomasz Wrona in 1998.", "Tomasz Wrona"),  # business
        ("The film was directed by Marta Nowicka and shot in Gdansk.", "Marta Nowicka"),  # culture
        ("The charity was co-founded by Marta Nowicka after the floods.", "Marta Nowicka"),  # local
        ("The device was invented by Sofia Lindqvist in a garage.", "Sofia Lindqvist"),  # science
        ("The score was composed by Tomasz Wrona.", "Tomasz Wrona"),  # music
    ],
)
def test_a_makers_agent_named_with_a_given_name_is_a_person(nlp: Language, text: str, person: str) -> None:
    cast = story_cast(nlp, text)
    assert person in [p.name for p in cast.people]
    assert person not in [o.name for o in cast.organisations]
