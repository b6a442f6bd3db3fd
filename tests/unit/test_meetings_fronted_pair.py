"""MEETINGS opened by a bare "After a long meeting," before a pair of speakers: "After a long meeting, A and B
said ..." tells A's and B's own meeting, whatever they then report. A meeting told as some body's ("the
stockholders meeting", "the club's board meeting"), a lone speaker, or an event that is no encounter gives none
from the pair. All people and bodies are invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # local politics: what they report is talks, not who met
        ("After a long meeting, Mayor Lena Sorb and Judge Dana Kolb said talks would resume next week.",
         {"Lena Sorb", "Dana Kolb"}),
        # business: a length told with a hyphen, the report's subject a pronoun
        ("After a three-hour meeting, Halvorsen Corp and Brightwater Ltd said they had agreed on a price.",
         {"Halvorsen Corp", "Brightwater Ltd"}),
        # sport: talks counted by days
        ("After three rounds of talks, coach Rui Patel and captain Ivo Brand said they had settled the dispute.",
         {"Rui Patel", "Ivo Brand"}),
        # courts: a manner told with a hyphen
        ("After a closed-door session, defence lawyer Ana Vell and prosecutor Tomas Greb said they had settled "
         "the case.",
         {"Ana Vell", "Tomas Greb"}),
    ],
)
def test_a_pair_speaking_after_a_meeting_held_it(nlp: Language, text: str, sides: set[str]) -> None:
    meetings = meetings_in(nlp, text, published=PUBLISHED)
    assert [side_names(m) for m in meetings] == [sides]
    assert meetings[0].status == "held"


@pytest.mark.parametrize(
    "text",
    [
        "After the yearly stockholders meeting, Halvorsen Corp and Quarry Foods Inc said they would vote against "
        "the plan.",
        "After the board meeting, Mayor Lena Sorb and Judge Dana Kolb said they would resign.",
        "After a long meeting, Mayor Lena Sorb said the council would vote on Friday.",
        "After the verdict, Mayor Lena Sorb and Judge Dana Kolb said they were pleased.",
    ],
)
def test_no_meeting_of_the_pair(nlp: Language, text: str) -> None:
    assert not any(len(m.participants) >= 2 for m in meetings_in(nlp, text, published=PUBLISHED))
