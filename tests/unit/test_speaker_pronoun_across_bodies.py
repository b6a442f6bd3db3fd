"""A he/she after a named person's statement stays with that person when the statement names bodies or places
(a rival firm, another country, a club, a higher court) in what was said, in a relative clause or as an object:
a body never takes a he/she. A second man named as the subject since is who "he" is. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # business: a rival firm whose name could be a person's, in the reported clause
            "Olufemi Adebayo, chairman of Saltmarsh Foods, said Whitcombe Grant Inc had priced its bid too low.\n\n"
            "He said the board would reject it.",
            "Olufemi Adebayo",
        ),
        (  # diplomacy: another country and a body in the reported clause, then a quoted paragraph
            "Foreign minister Halvard Brekke said Ostravia and the Coastal Trade Council were not ready to sign.\n\n"
            "\u201cWe can wait another year,\u201d he said.",
            "Halvard Brekke",
        ),
        (  # sport: the club she leads in a relative clause, a rival club in what she said
            "Renata Kowalczyk, who has coached Millbrook Wanderers since 2019, said Eastgate Town had approached "
            "two of the squad.\n\nShe said neither player would leave.",
            "Renata Kowalczyk",
        ),
        (  # courts: a higher court as the object of the person's own sentence
            "Judge Tariq Qureshi criticised the Northern Appeals Court in a ruling on Friday.\n\n"
            "He said the earlier decision had ignored the evidence.",
            "Tariq Qureshi",
        ),
    ],
)
def test_a_named_persons_pronoun_passes_over_the_bodies_they_spoke_of(nlp: Language, text: str, person: str) -> None:
    said = speakers(nlp, text)
    assert said[-1] == person


def test_a_second_man_named_as_subject_since_is_who_he_is(nlp: Language) -> None:
    text = (
        "Olufemi Adebayo, chairman of Saltmarsh Foods, said Whitcombe Grant Inc had priced its bid too low.\n\n"
        "Desmond Achterberg told reporters that Saltmarsh Foods had misread the market.\n\n"
        "He said the bid would stand."
    )
    assert speakers(nlp, text)[-1] == "Desmond Achterberg"
