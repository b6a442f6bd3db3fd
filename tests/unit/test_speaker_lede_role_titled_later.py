"""A lede's role ("The premier says ...") is the person the article later titles with that office, not whoever
the next sentence happens to name ("X was jailed in 2019."), also when a place narrows the role ("the Kenyan
police commissioner") or the title is capitalised ("The Premier"). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # local politics: the person named next is who the story is about
            "The premier says she takes the blame for the escape.\n\n"
            "Tomasz Wiśniewski fled a hospital in March.\n\n"
            "Premier Leilani Kahale says the state will seek legal advice.",
            "Leilani Kahale",
        ),
        (  # business, wire copy without paragraphs: a capitalised title
            "The Treasurer says the budget will be back in surplus by June. "
            "Bongani Dlamini won the tender last year. Treasurer Mei Tanaka says more staff are needed.",
            "Mei Tanaka",
        ),
        (  # policing: a nationality narrows the role; the article titles one commissioner
            "The Kenyan police commissioner says more officers are needed.\n\n"
            "Diego Fernández was arrested at the airport on Friday.\n\n"
            "Police Commissioner Amara Njoroge says the inquiry goes on.",
            "Amara Njoroge",
        ),
        (  # health
            "The health minister says the clinics will stay open.\n\n"
            "Siobhan O'Connell lost her seat at the last election.\n\n"
            "Health Minister Rashid Al-Mansouri says two more will open next year.",
            "Rashid Al-Mansouri",
        ),
    ],
)
def test_the_lede_role_is_the_person_titled_so(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[:2] == [person, person]


def test_the_person_named_next_still_answers_an_untitled_lede_role(nlp: Language) -> None:
    """Culture: no one else is titled director, so the lede's director is the person the next paragraph names."""
    text = (
        "The festival director says ticket sales have fallen by a third.\n\n"
        "Ingrid Solberg, who took over in 2020, said the programme would be shorter."
    )
    assert speakers(nlp, text)[:2] == ["Ingrid Solberg", "Ingrid Solberg"]
