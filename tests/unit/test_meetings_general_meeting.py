"""A body's general meeting of its own members (a company's annual or special meeting, a club's or a society's
annual meeting) is a session of that body: one side, the body as the article names it (eval/README.md,
"Sessions of bodies"); a speech at it, a topic about it or a word that only looks like it is not. So is a
meeting noun that says what kind of sitting it is (weekly, emergency, plenary) "of" one named side; a bare
"meeting of X" as a point in time is not read by that rule."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

PUBLISHED = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=PUBLISHED)


@pytest.mark.parametrize(("text", "body", "status"), [
    ("Norvale Mining Corp said holders re-elected the whole board at its annual meeting on Friday.",
     "Norvale Mining Corp", "held"),
    ("Brisk Foods Inc halted its special meeting on Monday before the buyout vote.",
     "Brisk Foods Inc", "held"),
    ("Holders of Quarrell Steel Ltd will vote on a new share plan at the June 3 annual meeting.",
     "Quarrell Steel Ltd", "planned"),
    ("Two new trustees were chosen today at the Harbour Credit Union's annual membership meeting.",
     "Harbour Credit Union", "held"),
    ("Westmoor Rovers Football Club said members at a special general meeting on Monday approved the sale of "
     "the ground.", "Westmoor Rovers Football Club", "held"),
    ("At its extraordinary general meeting next month, Corvane Shipping AB will ask holders to approve a "
     "two-for-one share split.", "Corvane Shipping AB", "planned"),
    ("Larkfield Bancorp Inc said its shareholders will vote on the rights issue at a special meeting on June 2.",
     "Larkfield Bancorp Inc", "planned"),
    ("Ashgrove Orchestra Society said its annual meeting on Tuesday had been cancelled because of the strike.",
     "Ashgrove Orchestra Society", "cancelled"),
    ("The Royal Society of Lichenology will elect a new president at its annual meeting in Leeds next week.",
     "Royal Society of Lichenology", "planned"),
    ("Pell Arvo said the Orrin Growers Union would vote on the levy at its annual meeting on Friday.",
     "Orrin Growers Union", "planned"),
    ("Kestrel Biotech Ltd reported a loss on Monday. Its annual meeting takes place in Berlin on May 5.",
     "Kestrel Biotech Ltd", "planned"),
])
def test_a_bodys_general_meeting_is_its_own_session(meetings, text, body, status):
    assert [(side_names(m), m.status) for m in meetings(text)] == [({body}, status)]


@pytest.mark.parametrize("text", [
    "Norvale Mining Corp said the new mill will meet demand through the winter.",
    "Brisk Foods Inc said it expects to meet its annual sales targets despite the drought.",
    "Chief executive Lena Ostrova told the annual meeting of Quarrell Steel Ltd that sales would rise.",
    "Lena Ostrova said at the annual meeting that the Quarrell Steel Ltd dividend would be raised.",
    "Dunmore Dairy Cooperative said the date of its next annual meeting has not been set.",
    "The Harbour Credit Union said the board's decision on the new branch was final.",
    "The city's planning committee approved the stadium plan on Tuesday, officials said.",
    "The annual meeting season starts in April, when most firms report their results.",
])
def test_no_session_where_none_is_held(meetings, text):
    assert meetings(text) == []


@pytest.mark.parametrize(("text", "body"), [
    ("Marlow Aviation Inc has received a new offer, a person close to the bidder said. Marlow's board met "
     "until late on Sunday and the firm would not comment.", "Marlow Aviation Inc board"),
    ("The Talvor Mining board will meet on Monday, the firm said.", "Talvor Mining board"),
])
def test_a_firms_board_is_named_after_the_firm_in_full(meetings, text, body):
    assert [side_names(m) for m in meetings(text)] == [{body}]


@pytest.mark.parametrize(("text", "body", "status"), [
    ("Calls for calm followed an emergency meeting of Orsk Pact ambassadors on Sunday.",
     "Orsk Pact ambassadors", "held"),
    ("The levy was approved at the weekly meeting of the Varden Union Commission on Wednesday.",
     "Varden Union Commission", "held"),
    ("A plenary session of the Kelvar Assembly approved the budget on Tuesday.", "Kelvar Assembly", "held"),
    ("The quarterly meeting of the Dunmore Water Authority will be held on June 4.", "Dunmore Water Authority",
     "planned"),
    ("Police were called after a regular meeting of the Ashgrove Town Council ended in uproar.",
     "Ashgrove Town Council", "held"),
])
def test_a_kind_of_sitting_of_one_side_is_its_session(meetings, text, body, status):
    assert [(side_names(m), m.status) for m in meetings(text)] == [({body}, status)]


@pytest.mark.parametrize("text", [
    "The Varden Union Commission's weekly report showed a rise in grain stocks.",
    "Weekly meetings of the Calder Cycling Club were a fixture of town life for decades.",
    "The Orsk Pact said its emergency fund would pay for the repairs.",
    "The Kelvar Assembly passed the budget in a special vote on Tuesday, officials said.",
])
def test_no_sitting_where_none_is_told(meetings, text):
    assert meetings(text) == []
