"""`newswire audit` against a real broker sees articles that got no outcome (here: no worker ran at all),
and leaves articles younger than the grace period alone. Its clean side (every article accounted for
after a real worker's outcomes) is checked by the kill-burst test."""

from __future__ import annotations

import asyncio
import json

import pytest

from streams.topics import RAW, TopicNames
from tests.integration.harness import produce, unique_names
from tests.integration.reliability_support import audit, messages_of, sample_articles

pytestmark = pytest.mark.integration


def test_the_audit_reports_articles_without_outcome_and_exits_non_zero(broker):
    prefix, _ = unique_names()
    articles = sample_articles(4, "audit")
    asyncio.run(produce(broker.bootstrap, TopicNames(prefix)(RAW), messages_of(articles)))

    judged = audit(broker.bootstrap, prefix, "--grace", "0", "--json")
    assert judged.returncode == 1, judged.stderr
    report = json.loads(judged.stdout)
    assert report["checked"] == 4 and report["enriched"] == report["dead_lettered"] == 0
    assert sorted(u["article_id"] for u in report["unaccounted"]) == sorted(a["id"] for a in articles)
    assert sorted((u["partition"], u["offset"]) for u in report["unaccounted"]) == sorted(
        {(u["partition"], u["offset"]) for u in report["unaccounted"]})  # four distinct places

    text = audit(broker.bootstrap, prefix, "--grace", "0")
    assert text.returncode == 1
    assert text.stdout.count("no outcome: partition") == 4

    young = audit(broker.bootstrap, prefix, "--grace", "10", "--json")
    assert young.returncode == 0, young.stderr
    assert json.loads(young.stdout)["too_recent"] == 4
