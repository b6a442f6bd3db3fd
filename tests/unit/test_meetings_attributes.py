"""MEETINGS attributes on every beat: status, mode, place and date of the encounter each clause tells.

Every sentence is invented (people, companies, unions and clubs are made up; cities and countries are
real so that places can be checked). Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings.collect import build_mention
from streams.enrich.extractors.meetings.detect import Trigger
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.status_mode import find_mode
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def _only(meetings: list[Meeting]) -> Meeting:
    assert len(meetings) == 1, [[p.name for p in m.participants] for m in meetings]
    return meetings[0]


# --- mode: the verb "meet" brings the sides together, whenever it happens ------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("labour", "Dock Workers Guild secretary Ivo Brandt will meet Harbour Minister Petra Lind next month."),
        ("sport", "Club chairman Oskar Vale will meet coach Dario Penn after the season."),
        ("science", "Astronomer Lena Stroud is to meet the board of the Norlab Institute."),
    ],
)
def test_a_planned_meet_is_face_to_face(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, meeting.mode) == ("planned", "in_person"), beat


@pytest.mark.parametrize(
    ("beat", "text", "side"),
    [
        ("business", "Halvern Mills said its board would take up the dividend at its next meeting on June 12.",
         "Halvern Mills board"),
        ("business", "Tessaly Motors will ask for backing for the plant sale at an extraordinary shareholders' "
         "meeting next month.",
         "Tessaly Motors"),
        ("science", "The Norlab Institute's council will weigh the new budget at its meeting in May.",
         "Norlab Institute council"),  # "its" is the council's own: no owner to name before it
    ],
)
def test_a_bodys_planned_sitting_is_face_to_face(run, beat, text, side):
    meeting = _only(run(text))
    assert (meeting.status, meeting.mode) == ("planned", "in_person"), beat
    assert side in [p.name for p in meeting.participants], beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "A meeting between Orvane Motors and the Metalworkers Union is planned for next month."),
        ("sport", "The next meeting between club chairman Oskar Vale and coach Dario Penn is expected in April."),
    ],
)
def test_a_planned_meeting_noun_keeps_its_channel_open(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, meeting.mode) == ("planned", "unknown"), beat


@pytest.mark.parametrize(
    ("beat", "text", "mode"),
    [
        ("labour", "Trade Minister Ana Ruiz will hold talks with union leader Tom Hale next week.", "in_person"),
        ("sport", "Coach Dario Penn is due to open a round of talks with club chairman Oskar Vale tomorrow.",
         "in_person"),
        ("local", "Mayor Paula Grant is expected to open talks with the Harbor Developers Group on Friday.",
         "in_person"),
        ("business", "Talks between Orvane Motors and the Metalworkers Union are set for Monday.", "unknown"),
        ("health", "Health Minister Ida Ravn will hold talks with Mayor Paula Grant by telephone on Friday.", "phone"),
    ],
)
def test_a_named_persons_planned_talks_are_face_to_face_and_two_bodies_keep_the_channel_open(run, beat, text, mode):
    meeting = _only(run(text))
    assert (meeting.status, meeting.mode) == ("planned", mode), beat


def test_a_planned_meet_by_video_stays_video(run):
    meeting = _only(run("Health Minister Ida Ravn will meet virtually with Mayor Paula Grant on Friday."))
    assert (meeting.status, meeting.mode) == ("planned", "video")


# --- status: a negated expectation tells no encounter ---------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local government",
         "Aides said last month that Mayor Paula Grant and Governor Sam Holt were not likely to meet this month."),
        ("sport", "Fans fear that coach Dario Penn and club chairman Oskar Vale are not likely to meet "
                  "this week."),
        ("business", "Analysts say Orvane Motors chief Lisa Brandt and union secretary Ivo Kern were "
                     "not likely to meet on Friday."),
    ],
)
def test_not_likely_to_meet_is_no_meeting(run, beat, text):
    assert run(text) == [], beat


# --- date: an impersonal present frame ("it is believed that") lends its time to the encounter --------


@pytest.mark.parametrize(
    ("beat", "text", "date_text", "iso"),
    [
        ("sport", "On Monday, it is believed that club chairman Oskar Vale is meeting coach Dario Penn.",
         "Monday", "2026-03-16"),
        ("science", "Next week, it is expected that Astronomer Lena Stroud is meeting Mayor Paula Grant.",
         "Next week", None),
        ("labour", "On Wednesday, it is thought that Orvane Motors is meeting the Metalworkers Union.",
         "Wednesday", "2026-03-18"),
    ],
)
def test_an_impersonal_frame_dates_the_encounter(run, beat, text, date_text, iso):
    meeting = _only(run(text))
    assert (meeting.status, meeting.date.text, meeting.date.iso) == ("planned", date_text, iso), beat


def test_a_dated_report_dates_the_report_not_the_encounter(run):
    meeting = _only(run("On Monday, it was reported that club chairman Oskar Vale is meeting coach Dario Penn."))
    assert meeting.date is None


# --- participants: the one addressed during the talks, and a counterpart named by nationality -----------


@pytest.mark.parametrize(
    ("beat", "text", "sides"),
    [
        ("local government", "During the talks, Mayor Paula Grant told Governor Sam Holt that the bridge must be "
                             "repaired.", {"Grant", "Holt"}),
        ("business", "During the meeting, Orvane Motors chief Lisa Brandt told union secretary Ivo Kern that the "
                     "plant would stay open.", {"Brandt", "Kern"}),
        ("sport", "During the session, coach Dario Penn told club chairman Oskar Vale that he wanted two new "
                  "strikers.", {"Penn", "Vale"}),
    ],
)
def test_the_one_told_during_the_talks_took_part(run, beat, text, sides):
    meeting = _only(run(text))
    assert {p.name.split()[-1] for p in meeting.participants} == sides, beat


def test_countries_told_first_are_the_envoys_named_next(run):
    text = ("The foreign ministers of Norway and Chile held talks in Oslo on Monday. During the talks, Chile's "
            "Foreign Minister Rosa Vidal told Norway's Ola Berg that trade must grow.")
    meeting = _only(run(text))
    assert [p.name for p in meeting.participants] == ["Rosa Vidal", "Ola Berg"]
    assert (meeting.status, meeting.location.name if meeting.location else None) == ("held", "Oslo")


# --- date: a period ("next week") takes the one day the story labels a meeting with inside it -----------


def test_a_labelled_day_outside_the_period_is_not_taken(run):
    text = ("Orvane Motors will meet the Metalworkers Union next month. Tuesday's talks will focus on pensions, "
            "the union said.")
    meeting = _only(run(text))
    assert meeting.date is not None and (meeting.date.text, meeting.date.iso) == ("next month", None)


# --- date: a call-off dates the decision; "planned for" dates the encounter --------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("labour", "Talks between Orvane Motors and the Metalworkers Union were postponed on Monday.", None),
        ("diplomacy", "The summit between President Ana Ruiz and Chancellor Piet Vries, planned for March 20, was "
                      "cancelled on Wednesday.", "2026-03-20"),
        ("local government", "A meeting between Mayor Paula Grant and Governor Sam Holt, set for Friday, has been "
                             "called off.", "2026-03-13"),
        ("sport", "Club chairman Oskar Vale called off the meeting with coach Dario Penn scheduled for Monday.",
         "2026-03-16"),
        ("science", "The meeting between Astronomer Lena Stroud and Mayor Paula Grant on Friday was cancelled.",
         "2026-03-13"),
    ],
)
def test_a_called_off_meeting_keeps_its_own_date(run, beat, text, iso):
    meeting = _only(run(text))
    assert meeting.status == "cancelled", beat
    assert (meeting.date.iso if meeting.date else None) == iso, beat


# --- place: "X also met Y" with no place of its own is one more meeting of the same occasion ------------


def _places(meetings: list[Meeting]) -> list[str | None]:
    return [m.location.name if m.location else None for m in meetings]


@pytest.mark.parametrize(
    ("beat", "text", "places"),
    [
        ("local government", "Mayor Paula Grant met Governor Sam Holt at City Hall in Boston on Monday. The mayor "
                             "also met with union secretary Ivo Kern.", ["Boston", "Boston"]),
        ("sport", "Club chairman Oskar Vale met coach Dario Penn in Madrid on Monday. Vale also held talks with "
                  "striker Leo Hart.", ["Madrid", "Madrid"]),
        ("business", "Orvane Motors chief Lisa Brandt met union secretary Ivo Kern in Munich on Monday. Brandt also "
                     "met Mayor Paula Grant.", ["Munich", "Munich"]),
        ("science", "Health Minister Ida Ravn met Astronomer Lena Stroud in Oslo on Monday. Ravn also met Mayor "
                    "Paula Grant on Friday.", ["Oslo", None]),
        ("labour", "Orvane Motors chief Lisa Brandt met union secretary Ivo Kern in Munich on Monday. Governor Sam "
                   "Holt also met Mayor Paula Grant.", ["Munich", None]),
    ],
)
def test_also_met_shares_the_place_of_the_same_occasion(run, beat, text, places):
    assert _places(run(text)) == places, beat


# --- mode: negotiating, like negotiations, goes by any channel unless a venue is told ---------------------


@pytest.mark.parametrize(
    ("beat", "text", "mode"),
    [
        ("labour", "Orvane Motors negotiated with the Metalworkers Union for three days.", "unknown"),
        ("business", "Keltra Energy is negotiating with Dalby Foods over a takeover.", "unknown"),
        ("local government", "Orvane Motors negotiated with the Metalworkers Union at a hotel in Detroit on "
                             "Monday.", "in_person"),
    ],
)
def test_negotiating_names_no_channel(run, beat, text, mode):
    assert _only(run(text)).mode == mode, beat


# --- date: the verb that tells how the talks went dates them -----------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("labour", "Talks between Keltra Energy and the Bakers Union collapsed on Tuesday.", "2026-03-10"),
        ("business", "Talks between Orvane Motors and Dalby Foods broke down on Monday.", "2026-03-09"),
        ("diplomacy", "Talks between President Ana Ruiz and Chancellor Piet Vries failed on Wednesday.",
         "2026-03-11"),
    ],
)
def test_the_outcome_verb_dates_the_talks(run, beat, text, iso):
    meeting = _only(run(text))
    assert (meeting.status, meeting.date.iso if meeting.date else None) == ("held", iso), beat


# --- status: put off to a period is called off; put off to a day is planned for that day --------------------


@pytest.mark.parametrize(
    ("beat", "text", "status", "iso"),
    [
        ("labour", "The meeting between Orvane Motors and the Metalworkers Union was put off until next month.",
         "cancelled", None),
        ("diplomacy", "The summit between President Ana Ruiz and Chancellor Piet Vries was postponed to November.",
         "cancelled", None),
        ("local government", "The meeting between Mayor Paula Grant and Governor Sam Holt was delayed until "
                             "Friday.", "planned", "2026-03-13"),
    ],
)
def test_a_postponement_plans_only_a_named_day(run, beat, text, status, iso):
    meeting = _only(run(text))
    assert (meeting.status, meeting.date.iso if meeting.date else None) == (status, iso), beat


# --- place: "the Belgian capital", "Oslo's city hall", a city named after the country: the town -------------


@pytest.mark.parametrize(
    ("beat", "text", "town"),
    [
        ("local government", "Mayor Paula Grant met Governor Sam Holt in the Belgian capital on Monday.", "Brussels"),
        ("business", "Orvane Motors chief Lisa Brandt met union secretary Ivo Kern in the German capital.", "Berlin"),
        ("science", "Health Minister Ida Ravn met Astronomer Lena Stroud in Oslo's city hall on Monday.", "Oslo"),
        ("sport", "Club chairman Oskar Vale met coach Dario Penn at Madrid's main square on Monday.", "Madrid"),
        ("diplomacy", "President Ana Ruiz met Chancellor Piet Vries at Peru's embassy on Monday.", None),
        ("diplomacy", "Trade ministers of France and Italy held talks in France on Monday. The talks were held "
                      "in Lyon at the city hall.", "Lyon"),
        ("labour", "Orvane Motors and the Metalworkers Union held talks in Germany on Tuesday. Tuesday's meeting "
                   "was held at a hotel in Hamburg.", "Hamburg"),
        ("sport", "Club chairman Oskar Vale held talks with coach Dario Penn in Spain on Monday. The talks took "
                  "place in Barcelona.", "Barcelona"),
    ],
)
def test_the_town_is_the_place(run, beat, text, town):
    meeting = _only(run(text))
    assert (meeting.location.name if meeting.location else None) == town, beat


# --- a meeting turned down is none; the channel phrase on the trigger tells the mode ------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local government", "Mayor Paula Grant refused to meet Governor Sam Holt on Monday."),
        ("sport", "Club chairman Oskar Vale declined to meet coach Dario Penn."),
        ("labour", "Orvane Motors boycotted the meeting with the Metalworkers Union on Friday."),
    ],
)
def test_a_refused_meeting_is_none(run, beat, text):
    assert run(text) == [], beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local government", "Mayor Paula Grant denied that she had met Governor Sam Holt on Monday."),
        ("business", "Orvane Motors chief Lisa Brandt denies meeting union secretary Ivo Kern."),
        ("sport", "Club chairman Oskar Vale would have met coach Dario Penn had the flight not been late."),
        ("science", "Astronomer Lena Stroud might have spoken to Mayor Paula Grant at the launch."),
    ],
)
def test_a_denied_or_unrealised_meeting_is_none(run, beat, text):
    assert run(text) == [], beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("sport", "Club chairman Oskar Vale phoned coach Dario Penn after the defeat."),
        ("local government", "Mayor Paula Grant met the Ashby Rovers manager Ivo Kern before the derby."),
        ("business", "Orvane Motors chief Lisa Brandt met Mayor Paula Grant ahead of the cup final."),
    ],
)
def test_a_contest_that_dates_the_encounter_is_no_fixture(run, beat, text):
    [meeting] = run(text)
    assert meeting.status == "held", beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("labour", "Talks between Orvane Motors and the Metalworkers Union are on hold."),
        ("local government", "Talks between Mayor Paula Grant and Governor Sam Holt remain on hold."),
        ("business", "Orvane Motors put its talks with the Dalby Foods board on hold."),
    ],
)
def test_talks_on_hold_are_called_off(run, beat, text):
    [meeting] = run(text)
    assert meeting.status == "cancelled", beat
    assert len(meeting.participants) == 2, beat


def test_a_project_on_hold_is_no_meeting(run):
    assert run("Club chairman Oskar Vale put the stadium project on hold after the defeat.") == []


def test_a_future_perfect_is_still_a_plan(run):
    [meeting] = run("By Friday, President Ana Ruiz will have met Chancellor Piet Vries in Vienna.")
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    ("beat", "text", "mode"),
    [
        ("diplomacy", "President Ana Ruiz met Chancellor Piet Vries via video link on Monday.", "video"),
        ("business", "Orvane Motors chief Lisa Brandt spoke with union secretary Ivo Kern over the phone on "
                     "Monday.", "phone"),
        ("sport", "Club chairman Oskar Vale talked to coach Dario Penn by telephone on Sunday.", "phone"),
        ("science", "Astronomer Lena Stroud met Mayor Paula Grant by the lake on Sunday.", "in_person"),
    ],
)
def test_the_channel_phrase_tells_the_mode(run, beat, text, mode):
    assert _only(run(text)).mode == mode, beat


# --- status, place, date: a relative clause that holds the meeting is its own clause ------------------------


@pytest.mark.parametrize(
    ("beat", "text", "status", "town", "iso"),
    [
        ("local government", "Mayor Paula Grant backed the summit that both councils intend to hold in Denver "
                             "on Friday.", "planned", "Denver", "2026-03-13"),
        ("labour", "The union praised the talks that Orvane Motors and the Metalworkers Union will hold in "
                   "Detroit next week.", "planned", "Detroit", None),
        ("sport", "The coach praised the summit that the club held in Madrid on Monday.", "held", "Madrid",
         "2026-03-09"),
    ],
)
def test_the_meetings_own_relative_clause_tells_status_place_and_date(nlp, beat, text, status, town, iso):
    doc = parse(Article(id="a", text=text, published_at=PUBLISHED), nlp).doc
    noun = next(t for t in doc if t.lower_ in ("meeting", "talks", "summit"))
    mention = build_mention(noun.sent, Trigger(noun, "noun"), NameIndex.build(doc), PUBLISHED.date())
    assert mention is not None, beat
    got = (mention.status, mention.location.name if mention.location else None,
           mention.date.iso if mention.date else None)
    assert got == (status, town, iso), beat


# --- date: "on the 20th" on the side the status points to; "next week" takes a labelled day inside it -------


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("local government", "Mayor Paula Grant will meet Governor Sam Holt on the 20th.", "2026-03-20"),
        ("science", "Astronomer Lena Stroud met Mayor Paula Grant on the 2nd.", "2026-03-02"),
        ("sport", "Club chairman Oskar Vale met coach Dario Penn on the 20th.", "2026-02-20"),
        ("labour", "Orvane Motors will meet the Metalworkers Union next week. Tuesday's talks will focus on "
                   "pensions, the union said.", "2026-03-17"),
        ("local government", "Mayor Paula Grant will meet Governor Sam Holt next week. Wednesday's talks will "
                             "cover the bridge budget, the city said.", "2026-03-18"),
        ("sport", "Club chairman Oskar Vale will meet coach Dario Penn next week. Monday's talks will settle the "
                  "coach's future, the club said.", "2026-03-16"),
    ],
)
def test_a_day_resolved_from_publication_or_a_label(run, beat, text, iso):
    meeting = _only(run(text))
    assert meeting.date is not None and meeting.date.iso == iso, beat


# --- mode: entering or being in talks is a negotiation by any channel ---------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "mode"),
    [
        ("business", "Keltra Energy has entered talks with Dalby Foods over a takeover.", None),
        ("local government", "The city council has entered into talks with the Bakers Union.", None),
        ("sport", "The club remains in talks with striker Leo Hart over a new contract.", None),
        ("labour", "Orvane Motors and the Metalworkers Union held talks.", "in_person"),
    ],
)
def test_entering_talks_names_no_channel(nlp, beat, text, mode):
    doc = nlp(text)
    talks = next(t for t in doc if t.lower_ == "talks")
    cue = find_mode(talks, talks.sent)
    assert (cue.mode if cue else None) == mode, beat


# --- detection and sides: talks someone welcomes or backs, arranged in their own relative clause ------------


@pytest.mark.parametrize(
    ("beat", "text", "sides", "town", "iso"),
    [
        ("labour", "The union welcomed the talks that Orvane Motors and the Metalworkers Union will hold in Detroit "
                   "next week.", {"Orvane Motors", "Metalworkers Union"}, "Detroit", None),
        ("local government", "Mayor Paula Grant backed the summit that Governor Sam Holt and Mayor Ivo Kern intend "
                             "to hold in Denver on Friday.", {"Sam Holt", "Ivo Kern"}, "Denver", "2026-03-13"),
        ("science", "The institute welcomed the talks that Astronomer Lena Stroud and Mayor Paula Grant will hold "
                    "in Oslo on Friday.", {"Lena Stroud", "Paula Grant"}, "Oslo", "2026-03-13"),
        ("diplomacy", "Norway and Chile signed a fishing pact in Peru on Monday (Peru time). Norway welcomed the "
                      "talks that diplomats of the two nations will hold in Lima on Friday.",
         {"Norway", "Chile"}, "Lima", "2026-03-13"),
    ],
)
def test_welcomed_talks_arranged_in_their_own_clause_are_planned(run, beat, text, sides, town, iso):
    meeting = _only(run(text))
    got = ({p.name for p in meeting.participants}, meeting.status, meeting.location.name if meeting.location else None,
           meeting.date.iso if meeting.date else None)
    assert got == (sides, "planned", town, iso), beat
