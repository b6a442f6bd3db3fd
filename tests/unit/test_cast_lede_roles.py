"""The lede's role ("The health minister announced ...") is the first person named in the second paragraph only
when the article gives that person no other role there: "Union leader Ama X said" answers the minister, she is
not the minister; a person introduced without a title, or with the same one, is. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import cast_of
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import speakers


def _titles(nlp: Language, text: str, person: str) -> list[str]:
    cast = cast_of(parse(Article(id="t", text=text), nlp).doc)
    return [t for _, t in next(e for e in cast.registry.people() if e.name == person).titles]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # health: a union leader answers the minister
            "The health minister announced a pay offer for nurses on Monday.\n\n"
            "Union leader Ama Owusu said the offer was too low.",
            "Ama Owusu",
        ),
        (  # sport: the captain speaks about the sacked coach
            "The club's head coach was sacked on Sunday.\n\nCaptain Mateo Silva said the players were shocked.",
            "Mateo Silva",
        ),
        (  # courts: the role set off by commas after the name
            "The chief prosecutor dropped the charges on Friday.\n\n"
            "Haruto Fujita, a defence lawyer for the accused, said his client was relieved.",
            "Haruto Fujita",
        ),
    ],
)
def test_someone_with_a_role_of_their_own_does_not_take_the_ledes(nlp: Language, text: str, person: str) -> None:
    assert len(_titles(nlp, text, person)) == 1


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (  # local politics: introduced with no title
            "The finance minister unveiled the budget on Tuesday.\n\n"
            "Deepa Nair, who took office in May, said the cuts were unavoidable.",
            "Deepa Nair",
            "finance minister",
        ),
        (  # culture: introduced with the same title
            "The museum director resigned on Wednesday.\n\nDirector Samira Farouk, 52, had run it for a decade.",
            "Samira Farouk",
            "museum director",
        ),
    ],
)
def test_the_person_the_lede_introduces_takes_its_role(nlp: Language, text: str, person: str, role: str) -> None:
    assert role in _titles(nlp, text, person)


def test_the_role_quoted_later_is_not_the_other_person(nlp: Language) -> None:  # business
    text = (
        "The company's chief executive stepped down on Monday.\n\n"
        "Analyst Olu Bankole said shares would fall.\n\n"
        "\u201cIt was time,\u201d the chief executive said in a statement."
    )
    assert speakers(nlp, text)[-1] != "Olu Bankole"


@pytest.mark.parametrize(
    "lede",
    [
        "Kestria was frustrated by the impasse in the latest fishing talks in Perth",  # trade
        "The club will build a new stadium near the river in Perth",  # sport
        "The museum will return the statues to their owners in Cairo",  # culture
    ],
)
def test_a_trailing_source_the_parse_left_stranded_is_the_ledes_role(nlp: Language, lede: str) -> None:
    text = (
        f"{lede}, the president of the Timber Export Council said.\n\n"
        "\u201cNobody gained from any of it,\u201d Tomas Varrow said after flying home on Friday."
    )
    assert speakers(nlp, text) == ["Tomas Varrow", "Tomas Varrow"]


def test_a_stranded_trailing_source_is_not_a_person_with_another_role(nlp: Language) -> None:  # must not fire
    text = (
        "The club will build a new stadium near the river in Perth, the president of the Timber Export Council "
        "said.\n\nAnalyst Ines Kalder of Dorsan Securities said the decision was a surprise."
    )
    assert speakers(nlp, text)[0] != "Ines Kalder"
