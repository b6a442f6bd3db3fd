"""A description meets the title of the office it names whatever the order of its words: "the minister of health"
is "Health Minister X", "the finance minister" is "Minister of Finance X"; an "of" phrase narrows the office
("the mayor of Port Elwin" is that town's mayor, not another named since), and a title's head is the word
before its own "of" ("spokesman for the president" holds no presidency). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast.resolution.named_later import holds_office
from streams.enrich.cast.resolution.offices import office_heads
from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # health: the portfolio after "of", another minister named since
            "Health Minister Kenji Watanabe visited the clinic on Monday. Minister of Education Ada Eze declined to "
            'comment.\n\n"We are ready to act," the minister of health said on Tuesday.',
            "Kenji Watanabe",
        ),
        (  # courts: a county after "of", another county's prosecutor named since
            "Kent County District Attorney Maria Lopez filed the charges on Monday. The district attorney of Lee "
            'County, Paul Greer, declined to comment.\n\n"We are ready to act," the district attorney of Kent '
            "County said on Tuesday.",
            "Maria Lopez",
        ),
        (  # business: a central bank's governor, a state governor named since
            "Central bank governor Amara Nwosu raised rates on Monday. The governor of Osun State, Ade Bakare, "
            'declined to comment.\n\n"We are ready to act," the governor of the central bank said on Tuesday.',
            "Amara Nwosu",
        ),
        (  # local politics: a town after "of", another town's mayor named since
            "Port Elwin mayor Sofia Marchetti opened the bridge on Monday. The mayor of Dunmore, Ahmed Karim, "
            'declined to comment.\n\n"We are ready to act," the mayor of Port Elwin said on Tuesday.',
            "Sofia Marchetti",
        ),
    ],
)
def test_an_of_phrase_narrows_the_office(nlp: Language, text: str, person: str) -> None:
    assert [s for s, _, q in said(nlp, text) if q.startswith("We are ready")] == [person]


@pytest.mark.parametrize(
    ("intro", "role", "person"),
    [
        (  # government: the spokesman speaks for the president, he is not one
            "President Lina Ortiz signed the decree on Monday. The spokesman for the president, Omar Haddad, told "
            "reporters the decree would take effect at once.",
            "the president",
            "Lina Ortiz",
        ),
        (  # sport: the coach's assistant
            "Coach Marco Rossi named his squad on Monday. The assistant to the coach, Luis Vidal, told reporters "
            "the squad was fit.",
            "the coach",
            "Marco Rossi",
        ),
        (  # local politics: the mayor's chief of staff
            "Mayor Sofia Marchetti opened the bridge on Monday. The chief of staff to the mayor, Ahmed Karim, told "
            "reporters it cost less than planned.",
            "the mayor",
            "Sofia Marchetti",
        ),
    ],
)
def test_a_title_after_to_or_for_is_not_the_office(nlp: Language, intro: str, role: str, person: str) -> None:
    text = f'{intro}\n\n"We will not back down," {role} said on Tuesday.'
    assert [s for s, _, q in said(nlp, text) if q.startswith("We will")] == [person]


@pytest.mark.parametrize(
    ("intro", "second", "first", "holders"),
    [
        (  # health and education: two ministers of one head word
            "Health Minister Kenji Watanabe and Education Minister Ada Eze toured the school on Monday.",
            "the education minister",
            "the health minister",
            ["Ada Eze", "Kenji Watanabe"],
        ),
        (  # sport: two clubs' coaches
            "Rovers coach Lars Eklund and Harbour coach Diego Alvarez shook hands before the match.",
            "the Harbour coach",
            "the Rovers coach",
            ["Diego Alvarez", "Lars Eklund"],
        ),
        (  # business: two firms' chief executives
            "Corvane chief executive Tendai Moyo and Tallis chief executive Erik Lund signed the merger on Monday.",
            "the Tallis chief executive",
            "the Corvane chief executive",
            ["Erik Lund", "Tendai Moyo"],
        ),
    ],
)
def test_a_qualified_role_is_not_the_last_holder_of_its_head(
    nlp: Language, intro: str, second: str, first: str, holders: list[str]
) -> None:
    text = f'{intro}\n\n"This matters," {second} said.\n\n"We will pay our share," {first} said.'
    assert [s for s, _, _ in said(nlp, text)] == holders


@pytest.mark.parametrize(
    ("words", "title", "holds"),
    [
        (["finance", "minister"], "Minister of Finance", True),  # government: the portfolio after "of"
        (["county", "sheriff"], "sheriff of Harlow County", True),  # local: the county after "of"
        (["forum", "chairman"], "governor of Tarsa State and chairman of the Northern Forum", True),  # two offices
        (["coach"], "head coach of Bayside United", True),  # sport: a rank that is the same office
        (["deputy", "finance", "minister"], "Minister of Finance", False),  # another office
        (["coach"], "assistant coach of Bayside United", False),
        (["president"], "spokesman for the president", False),  # the president is who he speaks for
        (["mayor"], "governor of Ayr", False),
    ],
)
def test_holds_office_sees_through_of(words: list[str], title: str, holds: bool) -> None:
    assert holds_office(words, title) is holds


def test_each_joined_office_has_its_head() -> None:
    assert office_heads("governor of Tarsa State and chairman of the Northern Forum") == {"governor", "chairman"}
    assert office_heads("adviser to the mayor") == {"adviser"}
    assert office_heads("Chief Executive Officer of Corvane Mining") == {"chief", "executive", "officer"}
