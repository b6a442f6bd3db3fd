"""A body's own session told by what the body does (holds, convenes, opens a sitting; meets in a time clause as
"it"), or a named body of members' meeting told as an event of its own, is a meeting whose one side is the body
(eval/README.md, "Sessions of bodies; hearings and briefings"); a speech to a gathering, a press, trading or
training session, a person's or a firm's meeting, and a meeting named only as a setting or a clock are not."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=MONDAY)


def _sessions(found):
    return [(side_names(m), m.status, m.date.iso if m.date else None) for m in found]


@pytest.mark.parametrize(("text", "body", "status", "day"), [
    # local government
    ("The Varn city council will hold its first budget session tomorrow.", "Varn city council", "planned",
     "2026-03-03"),
    # legislature
    ("The roads committee is to hold a drafting session on the transport bill tomorrow.",
     "roads committee", "planned", "2026-03-03"),
    # business
    ("The Orlen Textiles board held an emergency meeting on Sunday to weigh the two bids.",
     "Orlen Textiles board", "held", "2026-03-01"),
    # sport
    ("The Varn Football Federation will hold an extraordinary session on Thursday to elect a president.",
     "Varn Football Federation", "planned", "2026-03-05"),
    # church
    ("The Synod of the Kessel Church opened its spring session on Friday.", "Kessel Church Synod", "held",
     "2026-02-27"),
])
def test_a_body_holding_its_own_sitting_is_in_session(meetings, text, body, status, day):
    assert _sessions(meetings(text)) == [({body}, status, day)]


@pytest.mark.parametrize(("text", "body", "status"), [
    ("The cabinet should back the flood decree once it meets tomorrow.", "cabinet", "planned"),
    ("The museum's board will decide the loan when it convenes next week.", "museum board", "planned"),
    ("The regional assembly will vote on the budget when it meets on Thursday.", "regional assembly", "planned"),
    ("The Tarvel Growers Association convenes in Lyon next week.", "Tarvel Growers Association", "planned"),
    ("Talks on shipping rules will go on at the Organisation for Harbour Cooperation, which meets next month.",
     "Organisation for Harbour Cooperation", "planned"),
])
def test_a_body_that_meets_or_convenes_is_in_session(meetings, text, body, status):
    assert [(side_names(m), m.status) for m in meetings(text)] == [({body}, status)]


@pytest.mark.parametrize(("text", "body", "status"), [
    ("The Tarvel Union's next meeting is set for June 4.", "Tarvel Union", "planned"),
    ("The next Harn Commission meeting is to take place in May.", "Harn Commission", "planned"),
    ("Grant rules for fishing fleets stalled at Monday's closed meeting of the Harn Commission, aides said.",
     "Harn Commission", "held"),
])
def test_a_named_body_of_members_meeting_told_as_an_event_is_its_session(meetings, text, body, status):
    assert [(side_names(m), m.status) for m in meetings(text)] == [({body}, status)]


@pytest.mark.parametrize("text", [
    # speeches to a gathering
    "Osric Pell warned a meeting of the Tarvel Trade Forum that tariffs would hurt growth.",
    "Mayor Ines Roe spoke to a meeting of city councillors on Monday.",
    "Norland assured a meeting of fishery ministers that quotas would fall.",
    # no sitting of members
    "The exchange held a short trading session on Friday.",
    "The council held a press session after the vote.",
    "The Kelby Rovers squad held a training session in Lyon on Monday.",
    "The committee held hearings on the bill last week.",
    "On Tuesday Lars Brenn held a news conference.",
    "Mayor Anna Kell held a meeting on Friday.",
    "The Kestrel Group held a meeting on Friday.",
    "The Acme Corp meeting is set for June 4.",
    # a meeting named as a setting or a clock
    "The communique from the Tarvel Union meeting contained nothing new.",
    "The communique from the meeting of the Tarvel Union contained nothing new.",
    "Prices have fallen since a meeting of the Harn Commission in March.",
    "At last year's Tarvel Union meeting, ministers agreed on quotas.",
    "The Tarvel Union meeting made grain traders wary.",
    # a body's act at a meeting, a condition, another pronoun
    "Analysts assume the Harn Commission backed the quota at a meeting on Tuesday.",
    "The council convened a panel of experts.",
    "The cabinet said it would review the plan when it has more data.",
])
def test_no_session_for_a_speech_a_non_sitting_or_a_setting(meetings, text):
    assert [side_names(m) for m in meetings(text) if len(m.participants) == 1] == []


def test_a_body_holding_a_meeting_with_another_side_meets_that_side(meetings):
    found = meetings("The Tarvel Union held a meeting with the Varn government on Monday.")
    assert [side_names(m) for m in found] == [{"Tarvel Union", "Varn government"}]


@pytest.mark.parametrize(("text", "day"), [
    ("Plans for the ring road stalled at today's meeting of the Varn city council, aides said.",
     "2026-03-02"),
    ("Lab funding was cut at Friday's meeting of the Tarvel Science Council, a spokeswoman said.", "2026-02-27"),
])
def test_a_day_that_owns_a_bodys_session_dates_it(meetings, text, day):
    assert [m.date.iso if m.date else None for m in meetings(text)] == [day]
