"""Clustering meeting events into stories, directly on events shaped like the events.meetings schema."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from streams import schemas
from streams.stories.cluster import merge, replay
from streams.stories.state import story_message
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


def test_same_day_in_two_cities_is_two_stories():
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
