"""A body's session told in one sentence, the people who briefed or told it in the next. One who told a body's
meeting, or spoke to a body, in the same sentence gave a speech (`eval/README.md`: speeches are no meetings)."""

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


@pytest.mark.parametrize("text", [
    "Coach Ruth Ambling told reporters that the squad was ready.",
    "Coach Ruth Ambling told a news conference that the squad was ready.",
    "Coach Ruth Ambling told the audience that the squad was ready.",
    "Coach Ruth Ambling told a meeting of local club owners that the squad was ready.",
    # a named body's meeting told, or a body spoken to, is a speech to its gathering too (the open sets' gold)
    "Coach Ruth Ambling told Monday's meeting of the Regional Football Association that fees would rise.",
    "Coach Ruth Ambling briefed a meeting of the Regional Football Association on the new stadium.",
    "Coach Ruth Ambling was in Leeds to speak to the Regional Football Association.",
    "Coach Ruth Ambling told a group of club owners that the squad was ready.",
    "Coach Ruth Ambling told the yearly meeting of the Regional Football Association that fees would rise.",
    "Coach Ruth Ambling addressed a meeting of the Regional Football Association on Friday.",
    "Coach Ruth Ambling did not tell the meeting of the Regional Football Association about the fees.",
    "Coach Ruth Ambling said she would tell a meeting of the Regional Football Association that fees had "
    "risen if invited.",
])
def test_speeches_unnamed_crowds_refusals_and_offers_meet_nobody(meetings, text):
    assert not any("Ruth Ambling" in names(m) for m in meetings(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Transport Minister Oskar Velder told a session of the governing Unity Party on Monday that the bridge would be "
     "finished by spring.", None),
    ("Health Minister Ines Parro was in Eastvale to speak to the Regional Nursing Federation.", None),
    ("Mayor Lena Ostrova spoke to the Harbour Chamber of Commerce on Friday about the new port.", None),
    # speaking with a body, or to a person or a firm, stays a conversation with them
    ("Mayor Lena Ostrova spoke with the Harbour Chamber of Commerce on Friday about the port.",
     {"Lena Ostrova", "Harbour Chamber of Commerce"}),
    ("Union chief Ana Ruiz spoke to the Eastvale Steel Company on Monday about the layoffs.",
     {"Ana Ruiz", "Eastvale Steel Company"}),
    ("Head nurse Ines Parro briefed a group of hospital directors on the new clinic.",
     {"Ines Parro", "hospital directors"}),
])
def test_speaking_to_a_body_across_beats(meetings, text, pair):
    found = meetings(text)
    if pair is None:
        assert not any(len(m.participants) > 1 for m in found)
    else:
        assert any(pair <= names(m) for m in found)
