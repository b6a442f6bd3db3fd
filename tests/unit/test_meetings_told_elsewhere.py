"""MEETINGS from bare talks told by their course, whose sides their sentence names outside the talks' own phrase:
"the pact A and B signed fixed a day to complete negotiations". Talks that end, break down or resume were had;
talks judged, wished for or habitual were not, and sides named only in other sentences are not taken.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings.prospects import is_hypothetical
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("The agreement in principle reached by Harwell Motors and Bexley Engines on Monday fixed June 1 as the "
     "deadline to complete negotiations.",
     {"Harwell Motors", "Bexley Engines"}),
    ("The accord signed by the Tarn Valley council and the Orwell Water Company last week fixed a date for ending "
     "talks on the pipeline.",
     {"Tarn Valley council", "Orwell Water Company"}),
    ("The framework signed by the Pellow Institute and Dunmore Labs on Monday set a timetable to conclude "
     "negotiations on shared telescope time.",
     {"Pellow Institute", "Dunmore Labs"}),
])
def test_talks_told_by_their_course_take_the_sides_of_their_sentence(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize("text", [
    "Harwell Motors said it was not interested in negotiations.",
    "Harwell Motors and Bexley Engines both reported higher sales, and analysts said talks were unlikely.",
    "The Tarn Valley council said any talks would have to wait until after the election.",
    "Norland's president said negotiations are the only path, and Estavia's envoy agreed in a speech.",
    "Dunmore Labs chief Ada Kowal told reporters at a press conference that talks are always useful.",
    "The Kesteven Players Union and the Northern Rugby League have a tradition of talks every spring.",
    "Norland and Estavia would be ready for negotiations if the ceasefire held.",
    "The Orwell Water Company said talks between the regulator and the suppliers would start soon.",
])
def test_talks_not_had_or_without_sides_of_their_own_sentence_are_no_meeting(run, text: str) -> None:
    assert run(text) == []


def test_sides_named_only_in_an_earlier_sentence_are_not_taken(run) -> None:
    text = ("The Kesteven Players Union accused the Northern Rugby League of stalling on pay. "
            "Mediation collapsed on Friday, the Arden Institute said in a report.")
    assert run(text) == []


@pytest.mark.parametrize(("text", "word"), [
    ("After weighing the two bids at Thursday's meeting, the Acme board decided to wait.", "meeting"),
    ("The council reviewed the offers at its session on Tuesday and chose the cheaper plan.", "session"),
    ("Having studied the proposals at the talks in Brevik, the union voted to strike.", "talks"),
])
def test_an_offer_at_a_meeting_was_made_there(nlp, text: str, word: str) -> None:
    """"the offers at a meeting": the meeting is where the offers stood, not a meeting someone offered."""
    [token] = [t for t in nlp(text) if t.lower_ == word]
    assert not is_hypothetical(token)


@pytest.mark.parametrize(("text", "word"), [
    ("The club made an offer of talks with the league.", "talks"),
    ("Norland said it was open to a meeting with Estavia.", "meeting"),
])
def test_an_offer_of_a_meeting_stays_open(nlp, text: str, word: str) -> None:
    [token] = [t for t in nlp(text) if t.lower_ == word]
    assert is_hypothetical(token)
