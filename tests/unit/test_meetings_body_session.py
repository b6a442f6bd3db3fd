"""A body of several members in its own session (a council, a board, a parliament, a cabinet) is a meeting whose
one side is the body as written; a body's acts, words or hearings are not (eval/README.md, "Sessions of bodies;
hearings and briefings")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=MONDAY)


@pytest.mark.parametrize(("text", "body", "status"), [
    ("The Dorvane city council meets next Tuesday to elect a new mayor, officials said.", "Dorvane city council",
     "planned"),
    ("Talvor Mining said its board is scheduled to meet on May 4 for its regular quarterly session.",
     "Talvor Mining board", "planned"),
    ("The Varnish parliament will meet on Thursday to debate the budget, the speaker's office said.",
     "Varnish parliament", "planned"),
    ("The cabinet met on Wednesday to approve the flood relief package, a spokeswoman said.", "cabinet", "held"),
    ("The executive committee of the Westbrook Rowing Federation met on Monday and chose a new coach.",
     "executive committee", "held"),
    ("The Keswick Rovers board will meet on Monday to decide the manager's future.", "Keswick Rovers board",
     "planned"),
    ("The Harrow school board has cancelled its meeting set for Thursday because of the storm.",
     "Harrow school board", "cancelled"),
    ("The Pellam board meeting is set for Monday, the company said.", "Pellam board", "planned"),
])
def test_a_bodys_own_session_is_a_meeting_of_the_body(meetings, text, body, status):
    found = meetings(text)
    assert [(side_names(m), m.status) for m in found] == [({body}, status)]


@pytest.mark.parametrize(("text", "body", "status"), [
    ("Pellam Corp will hold a special meeting of its shareholders on June 2 to approve the merger.",
     "Pellam Corp shareholders", "planned"),
    ("Quarry Foods Inc said it would hold its yearly meeting of shareholders on May 4 in Tavira.",
     "Quarry Foods Inc shareholders", "planned"),
    ("Halvorsen Corp raised its payout at a quarterly meeting of the board of directors.", "board", "held"),
    ("The Selvanian government said it approved the treaty at a special meeting of its cabinet.",
     "Selvanian government cabinet", "held"),
])
def test_a_meeting_of_an_organ_is_the_organs_session(meetings, text, body, status):
    found = meetings(text)
    assert [(side_names(m), m.status) for m in found] == [({body}, status)]


@pytest.mark.parametrize("text", [
    "The board's decision surprised investors, who sold the shares.",
    "Parliament passed a law on Tuesday banning the dye.",
    "The committee said the bridge was safe and would reopen.",
    "The ministers met with reporters after the vote in Brussels.",
    "Anna Brell spoke at a conference of bankers in Zurich on Monday.",
    "The union said its members had voted to strike.",
    "The board will meet when it can meet properly, and not before.",
    "Officials said the new panel would meet for the first time in Tarn in June.",
    "Ravi Osei said a board meeting had concluded that the launch should wait.",
    "At a news conference, Minister Kofi Adjei said the port would open in June.",
    "Chief executive Ines Wole told analysts on a conference call that orders fell.",
])
def test_no_session_for_a_bodys_acts_words_a_condition_or_an_unowned_board(meetings, text):
    assert meetings(text) == []


@pytest.mark.parametrize("text", [
    "The Kelso Bus board met the drivers' union on Friday to discuss pay.",
    "The Tarn council and the Tarn Rugby Club will meet on Friday to settle the stadium lease.",
])
def test_a_body_meeting_another_side_is_no_session_of_its_own(meetings, text):
    found = meetings(text)
    assert len(found) == 1
    assert len(found[0].participants) == 2


@pytest.mark.parametrize(("text", "body", "status"), [
    ("Harlen Corp expects its board to back the merger at its meeting next Thursday.", "Harlen Corp board",
     "planned"),
    ("The Varn Politburo agreed at a short meeting on Friday that grain prices should rise.", "Varn Politburo",
     "held"),
])
def test_a_body_acting_at_its_own_sitting_is_in_session(meetings, text, body, status):
    found = meetings(text)
    assert [(side_names(m), m.status) for m in found] == [({body}, status)]


def test_a_sitting_told_on_a_misplaced_verb_is_the_bodys(meetings):
    """"to consider a plan to shut bakeries at its meeting": the parser hangs the sitting on the plan's verb."""
    text = "Orrin Foods Inc told staff its board would consider a plan to shut two bakeries at its next meeting."
    assert [side_names(m) for m in meetings(text)] == [{"Orrin Foods Inc board"}]


@pytest.mark.parametrize("text", [
    "Chairman Tobias Renn, speaking to reporters at the yearly gathering, said sales would rise.",  # a speech's setting
    "The board wants a meeting set for May to discuss the bid.",  # a meeting only wanted
    "Shareholders demanded a special meeting to vote on the offer.",  # a meeting only demanded
    "The committee has not yet fixed the date of its next meeting.",  # a meeting's date as a topic
    "The board approved the dividend and named a new treasurer.",  # a body's decisions, no meeting told
    "The board will discuss the offer at a meeting with the union's leaders.",  # another side is met
    "The shareholders at the meeting approved the plan.",  # whose holders, not told
])
def test_no_sitting_for_a_speech_a_demand_a_date_or_an_unowned_body(meetings, text):
    assert [side_names(m) for m in meetings(text) if len(m.participants) == 1] == []


def test_a_firms_organ_written_short_is_named_after_the_firm_in_full(meetings):
    text = ("Brandt Holdings Inc shares rose on Monday. Brandt's board met on Monday evening to weigh the bid, the "
            "firm said.")
    assert [side_names(m) for m in meetings(text)] == [{"Brandt Holdings Inc board"}]
