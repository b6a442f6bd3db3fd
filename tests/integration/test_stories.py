"""Stories on real workers: meeting events in, one living story per meeting out, surviving a restart.

Meeting events are produced straight to events.meetings (as the enrichment agent would),
so these tests exercise re-keying, co-partitioned tables and changelog recovery, not the
extractor. Table recovery on the embedded broker is exact only with producer_max_batch_size=1.
"""

from __future__ import annotations

import asyncio

import orjson
import pytest

from streams import schemas, topics
from streams.topics import TopicNames
from tests.integration.harness import by_topic, consume_until, produce
from tests.stories_events import meeting_event, three_reports

pytestmark = pytest.mark.integration

PAIR_B = ["Ilse Brandvold", "Tomas Reinholt"]


def _latest(records, names):
    """The compacted view of stories.meetings: last value per key."""
    return {r.key.decode(): r.json() for r in by_topic(records, names, topics.STORIES)}


def _send(broker, names, events):
    messages = [(e["article_id"].encode(), orjson.dumps(e)) for e in events]
    asyncio.run(produce(broker.bootstrap, names(topics.EVENT_TOPICS["meeting"]), messages))


def _wait_for(broker, names, worker, condition, timeout=240):
    def check_alive():
        assert worker.alive(), worker.log()

    def done(records):
        return condition(list(_latest(records, names).values()))

    return asyncio.run(consume_until(broker.bootstrap, [names(topics.STORIES)], done, timeout, check_alive))


def _with(stories, surname):
    return [s for s in stories if any(p["id"] == f"person:{surname}" for p in s["participants"])]


def test_stories_merge_reports_track_status_and_survive_a_worker_restart(broker, worker_factory):
    names = TopicNames(worker_factory.prefix)
    first_worker = worker_factory()
    ledger, courier, gazette = three_reports()
    planned = meeting_event("wire-20", PAIR_B, status="planned", date_text="next month", published="2031-04-10",
                            source="Fjord Wire")
    may = meeting_event("ledger-30", [*PAIR_B[::-1], "Kaja Lindqvist"], iso="2031-05-02", published="2031-05-02")
    june = meeting_event("ledger-31", PAIR_B, iso="2031-06-03", published="2031-06-03")
    _send(broker, names, [ledger, courier, planned])

    def before_restart(stories):
        a, b = _with(stories, "valkonen"), _with(stories, "reinholt")
        return len(a) == 1 and a[0]["mention_count"] == 2 and len(b) == 1

    records = _wait_for(broker, names, first_worker, before_restart)
    stories = list(_latest(records, names).values())
    [story_a] = _with(stories, "valkonen")
    [story_b] = _with(stories, "reinholt")
    assert story_b["status"] == "planned"

    assert first_worker.stop() == 0, first_worker.log()
    second_worker = worker_factory()
    _send(broker, names, [gazette, may, june])

    def after_restart(stories):
        a, b = _with(stories, "valkonen"), _with(stories, "reinholt")
        return (len(a) == 1 and a[0]["mention_count"] == 3 and len(b) == 2
                and any(s["status"] == "held" and s["mention_count"] == 2 for s in b))

    records = _wait_for(broker, names, second_worker, after_restart)
    stories = list(_latest(records, names).values())

    # The restarted worker recovered the table: same story ids, not fresh twins.
    [after_a] = _with(stories, "valkonen")
    assert after_a["story_id"] == story_a["story_id"]
    assert after_a["mention_count"] == 3
    assert sorted(after_a["sources"]) == ["Baltic Courier", "Harbour Gazette", "Northern Ledger"]
    held, later = sorted(_with(stories, "reinholt"), key=lambda s: s["date"]["iso"])
    assert held["story_id"] == story_b["story_id"]
    assert [h["status"] for h in held["status_history"]] == ["planned", "held"]
    assert held["date"]["iso"] == "2031-05-02"
    assert later["mention_count"] == 1 and later["date"]["iso"] == "2031-06-03"

    for record in by_topic(records, names, topics.STORIES):
        assert record.headers["schema"].decode() == topics.SCHEMA_OF[topics.STORIES]
        assert record.key.decode() == record.json()["story_id"]
        assert schemas.errors(topics.SCHEMA_OF[topics.STORIES], record.json()) == []
    assert second_worker.alive()


# Invented reports of one meeting (and its announcement) as four outlets might word them.
ARTICLES = [
    ("ledger-2031-0304", "Northern Ledger", "2031-03-05T07:00:00+00:00",
     "Foreign Minister Marta Oyelaran met Sergei Valkonen in Tallinn on Tuesday, March 4, 2031. The two discussed "
     "fishing quotas in the Baltic for almost three hours. Oyelaran said the talks were useful."),
    ("courier-88", "Baltic Courier", "2031-03-05T11:30:00+00:00",
     "Foreign Minister Marta Oyelaran met envoy Sergey Valkonen in Tallinn on Tuesday. Valkonen told reporters "
     "after the meeting that both sides wanted a deal before summer."),
    ("gazette-415", "Harbour Gazette", "2031-03-06T09:15:00+00:00",
     "Mr. Valkonen met Ms. Oyelaran in Tallinn on March 4 to discuss the quota dispute. Neither side announced "
     "an agreement."),
    ("wire-12", "Fjord Wire", "2031-02-20T10:00:00+00:00",
     "Marta Oyelaran will meet Sergei Valkonen in Tallinn next month, her ministry said on Thursday."),
]


def test_articles_end_to_end_become_one_story(broker, worker_factory):
    names = TopicNames(worker_factory.prefix)
    worker = worker_factory()
    messages = [
        (article_id.encode(), orjson.dumps({"id": article_id, "source": source, "published_at": published,
                                             "title": None, "text": text}))
        for article_id, source, published, text in ARTICLES
    ]
    asyncio.run(produce(broker.bootstrap, names(topics.RAW), messages))

    records = _wait_for(broker, names, worker, lambda stories: any(s["mention_count"] == 4 for s in stories))
    [story] = _latest(records, names).values()
    assert story["status"] == "held"
    assert [h["status"] for h in story["status_history"]] == ["planned", "held"]
    assert sorted(story["sources"]) == ["Baltic Courier", "Fjord Wire", "Harbour Gazette", "Northern Ledger"]
    assert story["place"] == {"name": "Tallinn", "country": "EE"}
    assert story["date"]["iso"] == "2031-03-04"
