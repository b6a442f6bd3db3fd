"""A title's body with its holder's name written straight after it, no comma between: "director of the X
Board Ana Ruiz said". The name is the holder's, whichever way the parse and the recogniser cut the phrase.
Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said, speakers


@pytest.mark.parametrize(
    ("text", "speaker", "quote_start"),
    [
        (  # health: the body kept, the name left unlabelled
            "Waiting lists for surgery would fall by summer, director of the Lowland Health Board Ingrid Salo "
            "told reporters.",
            "Ingrid Salo",
            "Waiting lists",
        ),
        (  # business: the body and the name read as one organisation
            "The mill would cut output by a fifth this year, chief operating officer of Varnholt Paper Tomas "
            "Breyer said.",
            "Tomas Breyer",
            "The mill",
        ),
        (  # local politics: the place and the name read as one person
            "The council would freeze rates for two years, deputy mayor of Wexmoor Tomas Breyer said.",
            "Tomas Breyer",
            "The council",
        ),
        (  # labour: the title fronted
            "General secretary of the Harbour Workers Union Rafael Montoya said on Monday that dockers would "
            "walk out next week.",
            "Rafael Montoya",
            "dockers",
        ),
    ],
)
def test_holder_named_after_the_body_speaks(nlp: Language, text: str, speaker: str, quote_start: str) -> None:
    found = said(nlp, text)
    assert found[0][0] == speaker
    assert found[0][2].startswith(quote_start)


@pytest.mark.parametrize(
    "text",
    [
        "The mill would cut output by a fifth this year, a friend of Ingrid Salo told reporters.",
        "The club would build a new stand before autumn, managing director of Calder Rovers said.",
    ],
)
def test_a_title_of_a_person_or_a_body_alone_names_no_holder(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[0] not in ("Ingrid Salo", "Salo", "Calder Rovers Said")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # diplomacy: a hyphenated given name read into the body's organisation
            "Tariffs would have to come down within two years, the director general of the Guild of "
            "Glassmakers Marie-Louise Tanner said.",
            "Marie-Louise Tanner",
        ),
        (  # business: a hyphenated given name whose first half is no one gender's
            "Orders had picked up since the spring, the chairman of Varnholt Paper Jean-Pierre Vallin said.",
            "Jean-Pierre Vallin",
        ),
        (  # culture: the body kept, the hyphenated name left unlabelled
            "The festival would move to the old docks next year, the general secretary of the Wexmoor Arts "
            "Council Hans-Dieter Kolb said.",
            "Hans-Dieter Kolb",
        ),
        (  # sport: a body given by its common noun
            "The stand would be rebuilt before the season, the president of the club Ana Ruiz said.",
            "Ana Ruiz",
        ),
        (  # labour
            "Dockers would walk out next week, the head of the union Tomas Breyer told reporters.",
            "Tomas Breyer",
        ),
    ],
)
def test_holder_after_a_body_keeps_a_whole_name(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The stand would be rebuilt before the season, the club president's wife said. Ana Ruiz chairs the board.",
        "The stand would be rebuilt before the season, the agent of the singer Hans-Dieter Kolb said.",
    ],
)
def test_a_person_after_a_persons_word_is_no_holder(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[0] not in ("Ana Ruiz", "Hans-Dieter Kolb")
