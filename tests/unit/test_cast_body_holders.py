"""A title's holder written straight after the body's name, with no comma: the parse runs the body's words
into the person's name, and a body whose name has its own "of" or "for", or ends in a unit of a ministry,
hangs the holder one phrase deeper. The person speaks, not the body. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # labour: the union's name compounded onto its economist's
        ("Waiting lists should shrink by the spring, the chief economist of the Harrow Valley Nurses Union "
         "Ilse Marwick said.", "Ilse Marwick"),
        # local politics: a board's name
        ("The museum will reopen in May, the chairman of the Calder County Planning Board Mira Tallent said.",
         "Mira Tallent"),
        # diplomacy: a body named with its own "of"
        ("The border talks will get harder, the president of the Council of Coastal States Piet Oostra said.",
         "Piet Oostra"),
        # business: a body named with "for" and "and"
        ("Farm prices must fall, the secretary general of the Alliance for Rural Trade and Development "
         "Tomas Brekke said.", "Tomas Brekke"),
        # health: a unit of a ministry, the title's head read as an adjective
        ("Vaccine stocks will last the winter, chief medical officer at the Ostland Health Ministry's vaccine unit "
         "Orla Venn said.", "Orla Venn"),
    ],
)
def test_the_holder_glued_after_the_body_speaks(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text + " The meeting ended late.")[0] == person


@pytest.mark.parametrize(
    "text",
    [
        # courts: a relation to a named person, no body between
        "The appeal will be heard next month, the lawyer of the family of Dario Quell said.",
        "The appeal will be heard next month, the wife of Dario Quell said.",
        # sport: the body speaks through its head, the person named only in the next clause
        "The coach will stay, the chair of the League of River Towns said, and Hanne Solberg agreed.",
    ],
)
def test_a_person_not_glued_to_a_body_does_not_speak(nlp: Language, text: str) -> None:
    assert speakers(nlp, text + " The meeting ended late.")[0] != "Dario Quell"
    assert speakers(nlp, text)[0] != "Hanne Solberg"
