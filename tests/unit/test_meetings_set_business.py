"""A sitting body's business set for a day ahead (a cabinet to review a proposal, a committee to take up or vote
on a bill) is the body's session planned for that day (eval/README.md, "Sessions of bodies"); a body's business
done, put off to a condition, with no day, taken up at a meeting the noun already tells, or no item of business
(complaints reviewed) is not."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=MONDAY)


def _sessions(found):
    return [(side_names(m), m.status, m.mode, m.date.iso if m.date else None) for m in found]


@pytest.mark.parametrize(("text", "body", "day"), [
    ("Harn's cabinet, an aide said, is likely to review the fishing levy proposal on Wednesday.", "Harn cabinet",
     "2026-03-04"),
    ("The Senate Roads Committee will take up the toll bill on Thursday.", "Senate Roads Committee", "2026-03-05"),
    ("The toll bill will be approved on Tuesday by the Senate Roads Committee, aides said.",
     "Senate Roads Committee", "2026-03-03"),
    ("The Varn city council may vote on the parking plan on Friday.", "Varn city council", "2026-03-06"),
])
def test_business_set_for_a_day_is_the_bodys_planned_session(meetings, text, body, day):
    assert _sessions(meetings(text)) == [({body}, "planned", "in_person", day)]


def test_a_vote_by_the_body_named_before_takes_its_full_name(meetings):
    text = ("The Senate Roads Committee heard the mayor on Monday. Its final vote on the toll bill by the committee "
            "has been set for Friday.")
    assert ({"Senate Roads Committee"}, "planned", "in_person", "2026-03-06") in _sessions(meetings(text))


@pytest.mark.parametrize("text", [
    "The Senate Roads Committee approved the toll bill on Tuesday.",  # done: the body's act, no session told
    "The Harn cabinet will review the levy proposal when it returns.",  # a condition, no day
    "The Varn city council will consider the parking plan.",  # no day
    "The league's conduct committee will review the fans' grievances in April.",  # an inquiry, no item
    "The shareholders are to cast votes on the takeover on May 4.",  # a firm's holders: their meeting is read elsewhere
    "The toll bill will be reviewed on Thursday.",  # by whom is not told
])
def test_no_session_without_a_sitting_body_an_item_and_a_day_ahead(meetings, text):
    assert meetings(text) == []


def test_business_at_a_meeting_is_told_by_the_meeting_once(meetings):
    found = meetings("Tarn's central bank said on Monday its board will approve the loan scheme at its meeting on "
                     "May 20.")
    assert [(m.status, m.date.iso if m.date else None) for m in found] == [("planned", "2026-05-20")]
