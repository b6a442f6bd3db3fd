"""Newswire's metrics are the documented ones, follow Prometheus naming, and are what the
dashboard and the alerts query; the lag gauge follows the partition assignment."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from prometheus_client import Counter, Gauge, Histogram, Info
from prometheus_client.metrics import MetricWrapperBase

from streams.monitoring import metrics

ROOT = Path(__file__).resolve().parents[2]
DOCS = (ROOT / "docs" / "monitoring.md").read_text()
DASHBOARD = json.loads((ROOT / "deploy" / "grafana" / "dashboards" / "newswire.json").read_text())
ALERTS = yaml.safe_load((ROOT / "deploy" / "prometheus" / "alerts.yml").read_text())
SUFFIX = {Counter: "_total", Info: "_info", Gauge: "", Histogram: ""}
# Every feature declares its metrics in a `metrics` module; the worker serves them all.
METRICS_MODULES = [
    importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
    for path in sorted((ROOT / "streams").rglob("metrics.py"))
]


def declared(modules: tuple[ModuleType, ...] = tuple(METRICS_MODULES)) -> dict[str, MetricWrapperBase]:
    """Exposed name → metric, for every metric declared in the given `metrics` modules."""
    found = {}
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, MetricWrapperBase):
                found[value._name + SUFFIX[type(value)]] = value
    return found


def documented() -> dict[str, str]:
    """Exposed name → type column of the docs' metrics table."""
    return dict(re.findall(r"^\| `(newswire_\w+)` \| (\w+) \|", DOCS, re.M))


def queried() -> set[str]:
    exprs = [t["expr"] for p in DASHBOARD["panels"] for t in p["targets"]]
    exprs += [r["expr"] for g in ALERTS["groups"] for r in g["rules"]]
    names = set(re.findall(r"\bnewswire_\w+", " ".join(exprs)))
    return {re.sub(r"_(bucket|sum|count)$", "", n) if n.endswith(("_bucket", "_sum", "_count")) else n
            for n in names}


def test_every_metric_is_documented_and_nothing_else():
    assert set(declared()) == set(documented())


def test_documented_types_match():
    kinds = {Counter: "counter", Gauge: "gauge", Histogram: "histogram", Info: "info"}
    for name, metric in declared().items():
        assert documented()[name] == kinds[type(metric)], name


@pytest.mark.parametrize("name", sorted(declared()))
def test_names_follow_prometheus_conventions(name):
    metric = declared()[name]
    assert name.startswith("newswire_")
    assert name.endswith("_total") == isinstance(metric, Counter)
    assert not re.search(r"_(ms|milliseconds|kb|mb|minutes)(_|$)", name), "base units only"
    assert "id" not in metric._labelnames, "article ids would be unbounded"


def test_dashboard_and_alerts_query_declared_metrics_and_show_every_pipeline_and_story_metric():
    from streams.stories import metrics as story_metrics

    assert queried() <= set(declared())
    assert set(declared((metrics, story_metrics))) <= queried()


def test_latency_objective_is_a_bucket_and_the_alert_threshold():
    assert metrics.LATENCY_OBJECTIVE_SECONDS in metrics.LATENCY_BUCKETS
    [rule] = [r for g in ALERTS["groups"] for r in g["rules"] if r["alert"] == "NewswireLatencyP99High"]
    assert re.search(rf">\s*{metrics.LATENCY_OBJECTIVE_SECONDS:g}\s*$", rule["expr"].strip())


def test_docs_explain_every_alert():
    for group in ALERTS["groups"]:
        for rule in group["rules"]:
            assert re.search(rf"^#+ {rule['alert']}$", DOCS, re.M), rule["alert"]
            assert rule["annotations"]["runbook"] == f"docs/monitoring.md#{rule['alert'].lower()}"


def lag_series() -> dict[tuple[str, str], float]:
    return {(s.labels["topic"], s.labels["partition"]): s.value
            for family in metrics.CONSUMER_LAG.collect() for s in family.samples}


def test_lag_follows_the_assignment():
    metrics.set_consumer_lag({("raw", 0): 5, ("raw", 1): -2})
    assert lag_series() == {("raw", "0"): 5, ("raw", "1"): 0}  # a stale high-watermark is no negative lag
    metrics.set_consumer_lag({("raw", 1): 3})  # partition 0 went to another worker
    assert lag_series() == {("raw", "1"): 3}
    metrics.set_consumer_lag({})
    assert lag_series() == {}


def test_every_dead_letter_reason_exists_before_it_happens():
    metrics.initialise(["parse"])
    reasons = {s.labels["reason"] for family in metrics.DEAD_LETTERS.collect() for s in family.samples}
    assert set(metrics.dead_letter_reasons()) <= reasons
    assert "not_json" in reasons


def _series(counter: MetricWrapperBase, label: str) -> dict[str, float]:
    return {s.labels[label]: s.value for family in counter.collect() for s in family.samples
            if s.name.endswith("_total")}


def test_produced_bytes_and_broker_connect_errors_exist_for_every_topic_and_operation_from_the_start():
    from streams import topics

    metrics.initialise(["parse"])
    assert {topics.STORIES, topics.STORY_MENTIONS, *topics.OUTPUTS} <= set(_series(metrics.PRODUCED_BYTES, "topic"))
    assert {"connect", "produce"} <= set(_series(metrics.BROKER_ERRORS, "operation"))


def test_stories_messages_count_their_bytes_like_every_produced_message():
    import asyncio

    from streams import topics
    from streams.events.outgoing import Outgoing
    from streams.pipeline.send import send_acknowledged
    from tests.unit.test_hostile_failures import FakeProducer

    before = _series(metrics.PRODUCED_BYTES, "topic").get(topics.STORIES, 0.0)
    message = Outgoing(topics.STORIES, b"story-1", b'{"story_id": "story-1"}', [])
    asyncio.run(send_acknowledged(FakeProducer([]), topics.TopicNames(""), [message]))
    assert _series(metrics.PRODUCED_BYTES, "topic")[topics.STORIES] == before + len(message.value)
