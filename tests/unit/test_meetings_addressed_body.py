"""A body's session told in one sentence, the people who briefed or told it in the next."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article

THURSDAY = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    def run(text: str) -> list[Meeting]:
        return extract_meetings(parse(Article(id="t", text=text, title=None, published_at=THURSDAY), nlp))

    return run


def names(meeting: Meeting) -> set[str]:
    return {p.name for p in meeting.participants}


def test_people_who_briefed_the_body_next_join_its_session(meetings):
    found = meetings("The city council's planning committee met on Tuesday to review the harbour scheme. "
                     "Dr Marta Kovell and Ivo Brandt briefed the committee on the costs.")
    assert len(found) == 1
    assert {"Marta Kovell", "Ivo Brandt"} <= names(found[0])
    assert any(n.endswith("planning committee") for n in names(found[0]))
    assert found[0].status == "held"


def test_presented_to_the_body_at_its_meeting(meetings):
    found = meetings("The matter was discussed at a meeting of the museum's acquisitions committee today. "
                     "Finance director Lena Ostrova presented the figures to the committee.")
    assert len(found) == 1
    assert "Lena Ostrova" in names(found[0])


def test_habitual_briefing_is_no_part_in_the_session(meetings):
    found = meetings("The city council's planning committee met on Tuesday to review the harbour scheme. "
                     "Dr Marta Kovell has often briefed the committee in past years.")
    assert not any("Marta Kovell" in names(m) for m in found)


def test_letter_to_the_body_is_no_part_in_the_session(meetings):
    found = meetings("The regulator's pricing commission met on Tuesday to review the tariffs. "
                     "Ivo Brandt later wrote to the commission about the costs.")
    assert not any("Ivo Brandt" in names(m) for m in found)


def test_telling_with_a_time_of_its_own_is_another_occasion(meetings):
    found = meetings("The hospital trust's board met on Tuesday to review the ward plans. "
                     "Last year Dr Marta Kovell told the board that the budget would not be raised.")
    assert not any("Marta Kovell" in names(m) for m in found)
