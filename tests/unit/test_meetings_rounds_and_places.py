"""MEETINGS attributes told apart from the encounter's own words: the day and place of a planned resumption set a
sentence or two later, the encounter's own place against the place of a conjoined predicate, and the face-to-face
reading of a meeting a side holds, planned as much as held.

Every sentence is invented (people, companies, unions, clubs and bodies are made up; cities are real), on several
beats: labour, sport, local government, science, diplomacy, business. Publication date: Thursday 2026-03-05.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 5, 10, 0, tzinfo=dt.UTC)


def _only(meetings: list[Meeting]) -> Meeting:
    assert len(meetings) == 1, [[p.name for p in m.participants] for m in meetings]
    return meetings[0]


def _place(meeting: Meeting) -> str | None:
    return meeting.location.name if meeting.location else None


def _iso(meeting: Meeting) -> str | None:
    return meeting.date.iso if meeting.date else None


# --- a planned resumption takes the day and place of the round set after it -----------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "place", "iso"),
    [
        ("labour", "The Hollis Drivers Union and Brandle Freight agreed to reopen contract talks after a weekend "
                   "breakdown, organiser Ida Krane said. Krane said a bargaining session is now scheduled for Friday "
                   "in Cleveland.", "Cleveland", "2026-03-06"),
        ("sport", "Harlow Rovers and striker Emil Vance agreed to reopen contract talks. Agent Rui Palma said a "
                  "meeting has been set for Monday in Leeds.", "Leeds", "2026-03-09"),
        ("local government", "The city council and the Kestrel Developers group agreed to resume the "
                             "riverside talks. A session has been scheduled for Thursday at the town hall in Bristol.",
         "Bristol", "2026-03-05"),
        ("science", "Professor Amara Tindall and the Halden Foundation agreed to resume grant talks. A session has "
                    "been set for Tuesday in Geneva.", "Geneva", "2026-03-10"),
    ],
)
def test_a_resumption_takes_the_round_set_later(run, beat, text, place, iso):
    meeting = _only(run(text))
    assert meeting.status == "planned"
    assert (_place(meeting), _iso(meeting)) == (place, iso)


def test_the_round_may_follow_an_aside_or_two(run):
    meeting = _only(run("Velmont Chemicals said it will resume merger talks with Dorrit Labs. Velmont shares rose. "
                        "Traders were cautious. Dorrit said a session has been scheduled for Friday in Boston."))
    assert (_place(meeting), _iso(meeting)) == ("Boston", "2026-03-06")


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        # talks told as held: a round set after them is another sitting
        ("sport", "Harlow Rovers and striker Emil Vance held talks on Monday. Agent Rui Palma said a meeting has "
                  "been set for Friday in Leeds."),
        # a body's own sitting, another round, other sides, a round that will not sit then
        ("sport", "Harlow Rovers and striker Emil Vance agreed to reopen contract talks. The club said a board "
                  "meeting has been set for Monday in Leeds."),
        ("labour", "The Hollis Drivers Union and Brandle Freight agreed to reopen contract talks. Krane said a second "
                   "session is now scheduled for Friday in Cleveland."),
        ("sport", "Harlow Rovers and striker Emil Vance agreed to reopen contract talks. Palma said talks with "
                  "Dunmore City will resume on Friday in Leeds."),
        ("business", "Velmont Chemicals said it will resume merger talks with Dorrit Labs. The company said talks "
                     "will not resume before Friday in Boston."),
        # too far on: four sentences of other news
        ("business", "Velmont Chemicals said it will resume merger talks with Dorrit Labs. Velmont shares rose. "
                     "Dorrit shares fell. Traders were cautious. Bond prices eased. Dorrit said a session has been "
                     "scheduled for Friday in Boston."),
    ],
)
def test_no_round_is_read_into_another_encounter(run, beat, text):
    meeting = next(m for m in run(text) if m.status in ("planned", "held"))
    assert meeting.location is None
    assert _iso(meeting) != "2026-03-06" and _iso(meeting) != "2026-03-09"


# --- the encounter's own place beats the place of a conjoined predicate ----------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("labour", "Deputy director Karl Ambrose is in Texas on a lecture trip and will meet with union officials in "
                   "Dallas next week.", "Dallas"),
        ("sport", "Coach Ilse Marais is in Spain on a scouting trip and will meet with club officials in Valencia on "
                  "Friday.", "Valencia"),
        ("science", "Professor Amara Tindall is in Bavaria for a conference and will meet with grant officers in "
                    "Munich on Tuesday.", "Munich"),
    ],
)
def test_the_encounters_own_place_wins(run, beat, text, place):
    assert _place(_only(run(text))) == place


def test_the_other_predicates_place_still_places_an_encounter_with_none(run):
    meeting = _only(run("Mayor Dana Pruitt was in Ohio this week and met transit officials."))
    assert _place(meeting) == "Ohio"


# --- a meeting a side holds is face to face, planned or held -------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("diplomacy", "Minister Petra Ossel will hold three days of meetings with envoy Jonas Tarrant."),
        ("business", "Velco Paper will hold a meeting with its lenders next month."),
        ("sport", "The Harlow Rovers board will hold a session with coach Ilse Marais on Friday."),
    ],
)
def test_a_planned_meeting_a_side_holds_is_in_person(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, meeting.mode) == ("planned", "in_person")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Velco Paper will hold a meeting with its lenders by telephone next month.", "phone"),
        ("Velco Paper will hold a video meeting with its lenders next month.", "video"),
        ("Mayor Dana Pruitt cancelled a meeting with the Kestrel Developers group.", "unknown"),
    ],
)
def test_a_channel_or_a_meeting_no_one_holds_keeps_its_mode(run, text, mode):
    assert _only(run(text)).mode == mode


# --- a body's organ by the initials the article spelled out; the press described is no side ------------------


@pytest.mark.parametrize(
    ("beat", "text", "side"),
    [
        ("business", "The Orrin Grain Exchange (OGE) adjourned a meeting late on Tuesday without a decision on the "
                     "trading curbs. An exchange official said the OGE board is to meet once more today.",
         "Orrin Grain Exchange board"),
        ("science", "The Halden Science Foundation (HSF) said its grant panel met on Monday. The HSF board will meet "
                    "on Friday to approve the awards.", "Halden Science Foundation board"),
    ],
)
def test_an_organ_by_initials_is_named_after_the_body_in_full(run, beat, text, side):
    assert [p.name for p in _only(run(text)).participants] == [side]


def test_an_organ_named_in_full_keeps_its_name(run):
    text = "Harlow Rovers said the Harlow Rovers board will meet on Friday to discuss the stadium."
    assert [p.name for p in _only(run(text)).participants] == ["Harlow Rovers board"]


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("diplomacy", "In a conversation afterwards with local journalists, Minister Petra Ossel said the tariff "
                      "would hurt growers."),
        ("sport", "In a talk with foreign reporters, coach Ilse Marais said the club would appeal."),
    ],
)
def test_a_chat_with_the_press_described_is_no_meeting(run, beat, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Minister Petra Ossel held talks with local growers on Monday.", {"Petra Ossel", "local growers"}),
        ("Velco Paper held talks with Harlow Media on Monday about a printing contract.",
         {"Velco Paper", "Harlow Media"}),
    ],
)
def test_other_groups_and_a_firm_named_media_stay_sides(run, text, sides):
    assert {p.name for p in _only(run(text)).participants} == sides
