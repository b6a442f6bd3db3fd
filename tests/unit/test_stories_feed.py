"""Stories from a feed: the shared dev articles in publication order through the enrichment core and the
story logic, then invented follow-ups (a preview, its report from another outlet naming one man by a short
form of his name, then an older article that arrives last).

The dev articles are read at test time from ../shared (never copied); without that folder the dev part is
skipped. What must merge and what must stay apart is decided from the gold annotations, not written here:
two gold meetings of different articles are one encounter when they share the day, two participants, the
mode and a place; they are two when the day, the mode, the place or the year differ, or they are in one
article (which lists each encounter once). Pairs the annotations cannot decide are not asserted.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest

from streams import schemas
from streams.enrich.pipeline import Enricher
from streams.evaluation.gold import GoldArticle, load_gold_dir
from streams.evaluation.matching import align, location_matches, name_matches
from streams.events.build import build_events
from streams.ingest.article import Article
from streams.stories.cluster import Merge, replay
from streams.stories.state import story_message
from streams.stories.when import month_day

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "dev"
PREVIEW, REPORT, LATE = "harbour-preview", "ledger-report", "courier-older"


def _at(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC)


FOLLOW_UPS = [
    Article(id=PREVIEW, source="Harbour Gazette", published_at=_at("2031-03-01T09:00"),
            text="Foreign Minister William Harwood will meet Prime Minister Sergei Valkonen in Tallinn next week, "
                 "his office said on Saturday. The two men are expected to discuss ferry links and energy prices."),
    Article(id=REPORT, source="Northern Ledger", published_at=_at("2031-03-06T10:00"),
            text="Prime Minister Sergey Valkonen met Foreign Minister Bill Harwood in Tallinn on Wednesday. "
                 '"We agreed on a new ferry timetable," Valkonen told reporters after the meeting.'),
    # Published before both, processed after both.
    Article(id=LATE, source="Baltic Courier", published_at=_at("2031-02-27T07:00"),
            text="William Harwood is set to hold talks with Sergei Valkonen in Tallinn next week, officials said."
                 "\n\nOn Monday, Harwood spoke with Valkonen by phone about the ferry dispute."),
]


@pytest.fixture(scope="module")
def enricher() -> Enricher:
    return Enricher()


def _meetings(enricher: Enricher, article: Article) -> list[dict[str, Any]]:
    return build_events(article, enricher.enrich(article)).meetings


def _gold_of(events: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Event id → the gold meeting it reports (two participants in common, as `newswire eval` matches)."""
    def shared(g: dict[str, Any], e: dict[str, Any]) -> float:
        n = sum(any(name_matches(name, p["name"]) for p in e["participants"]) for name in g["participants"])
        return float(n) if n >= min(2, len(g["participants"])) else 0.0

    return {events[ei]["event_id"]: gold[gi] for gi, ei in align(gold, events, shared, 1.0)}


def _day(g: dict[str, Any]) -> tuple[int, int] | None:
    if g.get("date"):
        day = dt.date.fromisoformat(g["date"])
        return day.month, day.day
    return month_day(g.get("date_text"))


def _common(a: dict[str, Any], b: dict[str, Any]) -> int:
    return sum(any(name_matches(x, y) for y in b["participants"]) for x in a["participants"])


def _relation(a: tuple[GoldArticle, dict[str, Any]], b: tuple[GoldArticle, dict[str, Any]]) -> str | None:
    """"same", "apart", or None when the annotations cannot tell."""
    (art_a, ga), (art_b, gb) = a, b
    years = {x.article.published_at.year for x in (art_a, art_b) if x.article.published_at}
    if art_a.article.id == art_b.article.id or len(years) > 1 or _common(ga, gb) < 2:
        return "apart"
    day_a, day_b = _day(ga), _day(gb)
    modes = {ga["mode"], gb["mode"]} - {"unknown"}
    places = [ga.get("location"), gb.get("location")]
    if (day_a and day_b and day_a != day_b) or len(modes) > 1 or (all(places) and not location_matches(*places)):
        return "apart"
    if day_a and day_a == day_b and modes and ga["status"] == gb["status"]:
        return "same"
    return None


@pytest.fixture(scope="module")
def feed(enricher: Enricher):
    """Every merge result in feed order, the final stories by id, and the gold meeting of each dev event."""
    if not DEV.is_dir():
        pytest.skip(f"{DEV} is absent (the team's shared dev articles)")
    articles = sorted(load_gold_dir(DEV), key=lambda g: (g.article.published_at is None,
                                                          g.article.published_at or _at("1970-01-01"), g.path.name))
    events, gold = [], {}
    for annotated in articles:
        found = _meetings(enricher, annotated.article)
        events += found
        gold |= {eid: (annotated, g) for eid, g in _gold_of(found, annotated.meetings).items()}
    for article in FOLLOW_UPS:
        events += _meetings(enricher, article)
    results = list(replay(events))
    stories = {r.story["story_id"]: r.story for r in results if r.story}
    return results, stories, gold


def _story_of(stories: dict[str, Any]) -> dict[str, str]:
    return {m["event_id"]: sid for sid, s in stories.items() for m in s["mentions"]}


def test_no_participant_twice_and_every_story_is_a_valid_message(feed):
    _, stories, _ = feed
    for story in stories.values():
        message = story_message(story, "mention")
        assert schemas.errors("story.meeting.v1", message) == []
        ids = [p["id"] for p in message["participants"]]
        assert len(ids) == len(set(ids)), ids


def test_dev_reports_of_one_encounter_merge_and_nothing_else_does(feed):
    _, stories, gold = feed
    story_of = _story_of(stories)
    decided = {"same": 0, "apart": 0}
    for a, b in itertools.combinations(sorted(gold), 2):
        relation = _relation(gold[a], gold[b])
        if relation is not None:
            decided[relation] += 1
            assert (story_of[a] == story_of[b]) == (relation == "same"), (gold[a][1], gold[b][1])
    assert decided["same"] >= 1 and decided["apart"] >= 10  # the set holds both kinds of pair


def test_dev_story_status_is_the_outcome_its_reports_annotate(feed):
    _, stories, gold = feed
    for story in stories.values():
        annotated = {gold[m["event_id"]][1]["status"] for m in story["mentions"] if m["event_id"] in gold}
        if annotated:
            expected = next((s for s in ("held", "cancelled") if s in annotated), "planned")
            assert story_message(story, "mention")["status"] == expected, annotated


def _follow_up_stories(stories: dict[str, Any]) -> list[dict[str, Any]]:
    mine = {a.id for a in FOLLOW_UPS}
    found = [s for s in stories.values() if {m["article_id"] for m in s["mentions"]} & mine]
    for story in found:  # nothing of the follow-ups merged with anything of the dev set
        assert {m["article_id"] for m in story["mentions"]} <= mine
    return found


def test_preview_report_and_late_preview_are_one_story_planned_then_held(feed):
    results, stories, _ = feed
    [visit] = [s for s in _follow_up_stories(stories) if s["mentions"][0]["mode"] != "phone"]
    message = story_message(visit, "mention")
    assert sorted(message["articles"]) == sorted([PREVIEW, REPORT, LATE])
    assert message["status"] == "held"
    assert [(h["status"], h["article_id"]) for h in message["status_history"]] == [("planned", LATE),
                                                                                   ("held", REPORT)]
    harwood = next(p for p in message["participants"] if p["id"] == "person:harwood")
    assert {"William Harwood", "Bill Harwood"} <= set(harwood["aliases"])
    assert len(message["participants"]) == 2
    # Each report keeps the status it reported, with its evidence.
    assert {(m["article_id"], m["status"]) for m in visit["mentions"]} == {
        (PREVIEW, "planned"), (REPORT, "held"), (LATE, "planned")}
    assert all(m["evidence"]["text"] for m in visit["mentions"])
    # The report moved it planned → held; the late preview changed no status.
    moves = [(r.story["mentions"][-1]["article_id"], r.transition) for r in results
             if r.story and r.story["story_id"] == visit["story_id"]]
    assert moves == [(PREVIEW, None), (REPORT, ("planned", "held")), (LATE, None)]


def test_the_phone_call_is_a_story_of_its_own(feed):
    _, stories, _ = feed
    calls = [s for s in _follow_up_stories(stories) if any(m["mode"] == "phone" for m in s["mentions"])]
    assert len(calls) == 1
    assert [m["article_id"] for m in calls[0]["mentions"]] == [LATE]


def test_results_count_every_meeting_once(feed):
    results, stories, _ = feed
    assert all(isinstance(r, Merge) and r.story is not None for r in results)
    assert sum(s["mention_count"] for s in stories.values()) == len(results)
