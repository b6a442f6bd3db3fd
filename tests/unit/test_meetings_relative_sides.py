"""MEETINGS whose side is a relative pronoun deeper in its clause: "Y, with whom she met on Friday", "Y, whom
aides said had spoken by phone with Z". The pronoun stands for the noun the clause describes; someone
"whom he met at college" is an acquaintance, not an encounter told.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Mayor Ines Falk praised union leader Tom Brandt, with whom she met on Friday to discuss the strike.",
     {"Ines Falk", "Tom Brandt"}),
    ("Coach Omar Tessel thanked club president Remy Faucon, with whom he met on Monday.",
     {"Omar Tessel", "Remy Faucon"}),
    ("Minister Karl Ostby praised the envoys of the coastal states with whom he had met on Monday.",
     {"Karl Ostby", "envoys of the coastal states"}),
    ("Reporters saw Premier Lena Hartt, who aides said had spoken by phone with President Anton Weil.",
     {"Lena Hartt", "Anton Weil"}),
    ("The chief executive of Orlov Group, Pavel Orlov, with whom Dana Kroll met last week, declined to comment.",
     {"Pavel Orlov", "Dana Kroll"}),
    ("Union chief Greta Lunn, whom officials said had met Transport Minister Paul Vance on Sunday, called off the "
     "strike.", {"Greta Lunn", "Paul Vance"}),
])
def test_the_pronoun_stands_for_the_noun_its_clause_describes(run, text: str, sides: set[str]) -> None:
    assert any(side_names(m) == sides for m in run(text))


@pytest.mark.parametrize("text", [
    "Governor Hal Weber named Ruth Ames, whom he met at college, as his chief of staff.",
    "Coach Omar Tessel, whom fans adore, said the team would improve.",
    "The author thanked Lena Hartt, whom she described as a mentor.",
    "Professor Mia Sorel, with whom he wrote three books, died on Tuesday.",
])
def test_no_encounter_in_the_clause_is_no_meeting(run, text: str) -> None:
    assert run(text) == []
