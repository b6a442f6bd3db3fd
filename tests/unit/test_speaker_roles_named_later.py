"""A role quoted before its holder is named ("'...,' the nurse said. ... The nurse, X, has worked there") is the
one person the article later titles so; with several such people, or none, it names no one. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # health: the role set beside the name later
            "The city hospital turned patients away on Monday.\n\n"
            "\u201cWe ran out of beds by noon,\u201d the nurse said. The ward reopened on Tuesday.\n\n"
            "The nurse, Adaeze Okonkwo, has worked there for ten years.",
            "Adaeze Okonkwo",
        ),
        (  # sport: a title written before the name later
            "Harbour City lost 3-0 at home on Saturday.\n\n"
            "\u201cWe were too slow in the first half,\u201d said the coach. The side has lost four of five.\n\n"
            "Coach Henrik Aalto took over in March.",
            "Henrik Aalto",
        ),
        (  # courts: a colon quote, the holder introduced with a title
            "A fraud trial in the capital was adjourned on Thursday.\n\n"
            "The judge said: \u201cThe evidence is thin.\u201d The trial entered its second week.\n\n"
            "Judge Priyanka Raghavan will rule in May.",
            "Priyanka Raghavan",
        ),
        (  # farming: the name first, the role beside it
            "Drought has cut the maize crop in the south.\n\n"
            "The farmer said the rains had come too late. Harvests fell by a third.\n\n"
            "Chipo Mutasa, a farmer near the river, has planted sorghum instead.",
            "Chipo Mutasa",
        ),
    ],
)
def test_the_role_is_the_one_person_titled_so_later(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[0] == person


@pytest.mark.parametrize(
    ("text", "k"),
    [
        (  # culture: two curators later, so the first is neither
            "A museum will show forty lost paintings this winter.\n\n"
            "\u201cThese paintings have never left the city,\u201d the curator said.\n\n"
            "The curator, Ingrid Solberg, chose the works. Another curator, Tomas Lindgren, wrote the catalogue.",
            0,
        ),
        (  # local politics: a deputy mayor is not the mayor
            "The town's bridge will stay closed until spring.\n\n"
            "\u201cThe budget will not cover the bridge,\u201d the mayor said.\n\n"
            "Deputy Mayor Rania Haddad has asked for a loan.",
            0,
        ),
        (  # education: an unnamed teacher introduced first may be the one meant
            "Pupils in the valley still study in tents.\n\n"
            "\u201cThe roof leaks,\u201d a teacher said.\n\n"
            "\u201cThe children deserve better,\u201d the teacher said.\n\n"
            "The teacher, Nguyen Van Minh, has taught there since 2010.",
            1,
        ),
    ],
)
def test_no_single_later_holder_names_no_one(nlp: Language, text: str, k: int) -> None:
    assert speakers(nlp, text)[k] is None
