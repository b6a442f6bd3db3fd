"""Clustering meeting events into stories, directly on events shaped like the events.meetings schema."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams import schemas
from streams.stories.cluster import merge, replay
from streams.stories.state import story_message
from streams.stories.when import reported_by
from tests.stories_events import meeting_event, three_reports

STORY_SCHEMA = "story.meeting.v1"


def _stories(events):
    """Final state of every story after replaying `events`, by story id."""
    return {r.story["story_id"]: r.story for r in replay(events) if r.story}


def test_three_reports_with_different_wording_make_one_story():
    results = list(replay(three_reports()))
    assert [r.change for r in results] == ["created", "mention", "mention"]
    [story] = _stories(three_reports()).values()
    message = story_message(story, "mention")
    assert message["mention_count"] == 3
    assert message["sources"] == ["Northern Ledger", "Baltic Courier", "Harbour Gazette"]
    assert message["articles"] == ["ledger-1", "courier-7", "gazette-3"]
    names = {p["id"]: p for p in message["participants"]}
    assert names["person:valkonen"]["name"] in ("Sergei Valkonen", "Sergey Valkonen")
    assert set(names["person:valkonen"]["aliases"]) == {"Sergei Valkonen", "Valkonen", "Sergey Valkonen"}
    assert names["person:oyelaran"]["title"] == "Foreign Minister"
    assert "person:brandvold" in names  # an attendee only one outlet named still joins the story
    assert message["place"] == {"name": "Tallinn", "country": "EE"}
    assert message["date"] == {"iso": "2031-03-04", "text": "Tuesday"}
    assert schemas.errors(STORY_SCHEMA, message) == []


def test_planned_then_held_is_one_story_with_its_history():
    planned = meeting_event("preview", ["Marta Oyelaran", "Sergei Valkonen"], status="planned",
                            date_text="next month", published="2031-02-10")
    held = meeting_event("report", ["Valkonen", "Oyelaran"], iso="2031-03-04", published="2031-03-05")
    first, second = replay([planned, held])
    assert second.story["story_id"] == first.story["story_id"]
    assert second.change == "status"
    assert second.transition == ("planned", "held")
    assert [h["status"] for h in second.story["status_history"]] == ["planned", "held"]
    assert story_message(second.story, second.change)["status"] == "held"


def test_planned_then_cancelled():
    planned = meeting_event("p", ["Marta Oyelaran", "Sergei Valkonen"], status="planned", iso="2031-04-02",
                            published="2031-03-20")
    cancelled = meeting_event("c", ["Oyelaran", "Valkonen"], status="cancelled", published="2031-03-28")
    *_, last = replay([planned, cancelled])
    assert [h["status"] for h in last.story["status_history"]] == ["planned", "cancelled"]


def test_a_late_preview_does_not_move_a_held_story_back_but_joins_its_history_in_order():
    held = meeting_event("report", ["Marta Oyelaran", "Sergei Valkonen"], iso="2031-03-04")
    preview = meeting_event("preview", ["Oyelaran", "Valkonen"], status="planned", published="2031-03-01")
    *_, last = replay([held, preview])
    assert last.change == "mention" and last.transition is None
    assert [h["status"] for h in last.story["status_history"]] == ["planned", "held"]
    assert story_message(last.story, last.change)["status"] == "held"


def test_same_pair_a_month_apart_is_two_stories():
    march = meeting_event("m", ["Marta Oyelaran", "Sergei Valkonen"], iso="2031-03-04", published="2031-03-04")
    april = meeting_event("a", ["Oyelaran", "Valkonen"], iso="2031-04-03", published="2031-04-03")
    assert len(_stories([march, april])) == 2


def test_same_pair_a_month_apart_without_dates_is_two_stories():
    march = meeting_event("m", ["Marta Oyelaran", "Sergei Valkonen"], published="2031-03-04")
    april = meeting_event("a", ["Oyelaran", "Valkonen"], published="2031-04-03")
    assert len(_stories([march, april])) == 2


def test_same_day_in_two_countries_is_two_stories():
    tallinn = meeting_event("t", ["Marta Oyelaran", "Sergei Valkonen"], iso="2031-03-04", place=("Tallinn", "EE"))
    oslo = meeting_event("o", ["Oyelaran", "Valkonen"], iso="2031-03-04", place=("Oslo", "NO"))
    assert len(_stories([tallinn, oslo])) == 2


def test_a_city_fits_its_country():
    city = meeting_event("t", ["Marta Oyelaran", "Sergei Valkonen"], iso="2031-03-04", place=("Tallinn", "EE"))
    country = meeting_event("e", ["Oyelaran", "Valkonen"], place=("Estonia", "EE"))
    assert len(_stories([city, country])) == 1


def test_held_and_cancelled_exclude_each_other():
    held = meeting_event("h", ["Marta Oyelaran", "Sergei Valkonen"], published="2031-03-04")
    cancelled = meeting_event("c", ["Oyelaran", "Valkonen"], status="cancelled", published="2031-03-05")
    assert len(_stories([held, cancelled])) == 2


def test_redelivered_event_changes_nothing():
    event = three_reports()[0]
    first = merge([], event)
    again = merge(first.stories, event)
    assert again.story is None and again.change is None
    assert again.stories == first.stories


def test_story_id_is_stable_across_replays():
    assert _stories(three_reports()).keys() == _stories(three_reports()).keys()


def test_place_is_chosen_by_vote():
    events = [
        meeting_event("a", ["Marta Oyelaran", "Sergei Valkonen"], place=("Tartu", "EE")),
        meeting_event("b", ["Oyelaran", "Valkonen"], place=("Estonia", "EE")),
        meeting_event("c", ["Oyelaran", "Valkonen"], place=("Estonia", "EE")),
    ]
    [story] = _stories(events).values()
    assert story_message(story, "mention")["place"] == {"name": "Estonia", "country": "EE"}


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(3)), st.lists(st.integers(0, 2), max_size=4))
def test_any_arrival_order_and_redelivery_give_one_story_of_three(order, repeats):
    reports = three_reports()
    events = [reports[i] for i in order] + [reports[i] for i in repeats]
    [story] = _stories(events).values()
    assert story["mention_count"] == 3
    assert {m["article_id"] for m in story["mentions"]} == {"ledger-1", "courier-7", "gazette-3"}


def test_an_earlier_meeting_elsewhere_does_not_make_a_plan_held():
    """The pair's previous meeting, recalled months later without a place, is not this plan's outcome."""
    planned = meeting_event("plan", ["Marta Oyelaran", "Sergei Valkonen"], status="planned", date_text="next month",
                            place=("Tallinn", "EE"), published="2031-03-01")
    recalled = meeting_event("recap", ["Oyelaran", "Valkonen"], date_text="last November", published="2031-03-08",
                             source="Baltic Courier")
    stories = _stories([planned, recalled])
    assert len(stories) == 2
    assert {story_message(s, "mention")["status"] for s in stories.values()} == {"planned", "held"}


def test_one_article_reports_each_encounter_once():
    planned = meeting_event("same", ["Marta Oyelaran", "Sergei Valkonen"], status="planned", published="2031-03-01")
    earlier = meeting_event("same", ["Oyelaran", "Valkonen"], published="2031-03-01", ordinal=1)
    assert len(_stories([planned, earlier])) == 2


def test_a_phone_call_and_a_visit_of_the_same_pair_are_two_stories():
    visit = meeting_event("v", ["Marta Oyelaran", "Sergei Valkonen"], iso="2031-03-04", published="2031-03-05")
    call = meeting_event("c", ["Oyelaran", "Valkonen"], iso="2031-03-04", mode="phone", published="2031-03-05")
    unknown = meeting_event("u", ["Oyelaran", "Valkonen"], iso="2031-03-04", mode="unknown", published="2031-03-05")
    stories = _stories([visit, call, unknown])
    assert sorted(s["mention_count"] for s in stories.values()) == [1, 2]  # an unknown mode fits either


def test_a_held_report_published_before_the_meeting_day_counts_as_its_preview():
    early = meeting_event("early", ["Marta Oyelaran", "Sergei Valkonen"], published="2031-03-01")
    report = meeting_event("report", ["Oyelaran", "Valkonen"], iso="2031-03-04", published="2031-03-05")
    *_, last = replay([early, report])
    assert [(h["status"], h["article_id"]) for h in last.story["status_history"]] == [("planned", "early"),
                                                                                       ("held", "report")]
    assert [m["status"] for m in last.story["mentions"]] == ["held", "held"]  # each report keeps its own word
    assert last.transition is None  # held before, held after: the preview only joined the history


def test_a_held_report_before_an_unconfirmed_date_stays_held():
    """Without a report published after the day, the day is the likelier error, not the reports."""
    first = meeting_event("a", ["Marta Oyelaran", "Sergei Valkonen"], published="2031-03-01")
    dated = meeting_event("b", ["Oyelaran", "Valkonen"], iso="2031-03-05", published="2031-03-01")
    *_, last = replay([first, dated])
    assert last.story["mention_count"] == 2
    assert [h["status"] for h in last.story["status_history"]] == ["held"]


def test_an_older_held_report_arriving_late_becomes_the_first_held_entry():
    planned = meeting_event("p", ["Marta Oyelaran", "Sergei Valkonen"], status="planned", published="2031-03-01")
    newer = meeting_event("n", ["Oyelaran", "Valkonen"], iso="2031-03-04", published="2031-03-06")
    older = meeting_event("o", ["Oyelaran", "Valkonen"], iso="2031-03-04", published="2031-03-04")
    results = list(replay([planned, newer, older]))
    assert [r.transition for r in results] == [None, ("planned", "held"), None]
    assert [h["article_id"] for h in results[-1].story["status_history"]] == ["p", "o"]


def test_a_late_preview_of_a_cancelled_meeting_keeps_it_cancelled():
    cancelled = meeting_event("c", ["Marta Oyelaran", "Sergei Valkonen"], status="cancelled", iso="2031-04-02",
                              published="2031-03-28")
    preview = meeting_event("p", ["Oyelaran", "Valkonen"], status="planned", iso="2031-04-02", published="2031-03-20")
    *_, last = replay([cancelled, preview])
    assert last.transition is None
    assert [h["status"] for h in last.story["status_history"]] == ["planned", "cancelled"]
    assert story_message(last.story, last.change)["status"] == "cancelled"


def test_namesakes_in_one_story_get_distinct_ids_and_variants_of_one_name_one_entry():
    events = [
        meeting_event("a", ["Michael Oyelaran", "Sergei Valkonen", "Anna Petrova"], iso="2031-03-04"),
        meeting_event("b", ["Mike Oyelaran", "Valkonen", "Boris Petrova"], iso="2031-03-04"),
    ]
    [story] = _stories(events).values()
    people = story_message(story, "mention")["participants"]
    ids = [p["id"] for p in people]
    assert len(ids) == len(set(ids)) == 4
    assert {"person:petrova/anna", "person:petrova/boris"} <= set(ids)
    [oyelaran] = [p for p in people if p["id"] == "person:oyelaran"]
    assert set(oyelaran["aliases"]) == {"Michael Oyelaran", "Mike Oyelaran"} and oyelaran["mentions"] == 2


@pytest.mark.parametrize(("text", "published", "latest"), [
    ("last November", "2031-10-06", "2030-11-30"), ("November", "2031-12-06", "2031-11-30"),
    ("last May", "2031-05-20", "2030-05-31"), ("March 3", "2031-02-01", "2030-03-03"),
    ("last year", "2031-05-01", "2030-12-31"), ("on Tuesday", "2031-05-01", "2031-05-01"),
    ("a decade of talks", "2031-05-01", "2031-05-01"), ("in Sept.", "2031-10-06", "2031-09-30"),
])
def test_the_latest_day_an_outcome_can_have_happened(text, published, latest):
    event = meeting_event("x", ["Marta Oyelaran", "Sergei Valkonen"], date_text=text, published=published)
    assert reported_by(event) == dt.date.fromisoformat(latest)


def test_two_places_in_one_country_are_one_meeting_only_when_something_pins_it():
    pair = ["Marta Oyelaran", "Sergei Valkonen"]
    preview = meeting_event("p", pair, status="planned", place=("Tartu", "EE"), published="2031-03-01")
    at_venue = meeting_event("v", pair, iso="2031-03-04", place=("Elva", "EE"), published="2031-03-05")
    assert len(_stories([preview, at_venue])) == 1  # the preview names the host city, the report the venue
    city = meeting_event("c", pair, iso="2031-03-04", place=("Tartu", "EE"), published="2031-03-05")
    assert len(_stories([city, at_venue])) == 1  # both dated the same day
    undated = meeting_event("u", pair, place=("Elva", "EE"), published="2031-03-07")
    assert len(_stories([city, undated])) == 2  # held in another town, no date to say it is the same
