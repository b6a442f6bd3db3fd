"""Monitoring proven against a real Prometheus: it scrapes a real worker fed real articles, then
every dashboard expression must return data, every alert must evaluate and stay quiet, and the
scraped counters must keep the accounting invariant.

Prometheus and promtool come from Debian's `prometheus` package (`make system-deps`); the
tests skip only when those binaries are absent.
"""

from __future__ import annotations

import asyncio
import json
import math
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from streams import topics
from streams.broker.embedded import free_port
from streams.topics import TopicNames
from tests.integration.harness import ROOT, WorkerProcess, by_topic, consume_until, produce

PROMETHEUS = shutil.which("prometheus")
PROMTOOL = shutil.which("promtool")
DEPLOY = ROOT / "deploy"
PROM_DIR = DEPLOY / "prometheus"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "newswire.json"

pytestmark = pytest.mark.integration
needs_prometheus = pytest.mark.skipif(
    PROMETHEUS is None or PROMTOOL is None,
    reason="prometheus/promtool binaries not found: install Debian's `prometheus` package (make system-deps)",
)


class Prometheus:
    """The `prometheus` binary on a loopback port, scraping one worker every second.

    Its configuration is deploy/prometheus/prometheus.yml with only the target and the
    intervals changed, so the job name and rule files under test are the deployed ones.
    """

    def __init__(self, workdir: Path, target: str) -> None:
        self.workdir = workdir
        self.target = target
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "prometheus.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def config(self) -> dict[str, Any]:
        config = yaml.safe_load((PROM_DIR / "prometheus.yml").read_text())
        config["global"].update(scrape_interval="1s", evaluation_interval="1s")
        config["rule_files"] = [str(PROM_DIR / name) for name in config["rule_files"]]
        [job] = [j for j in config["scrape_configs"] if j["job_name"] == "newswire"]
        config["scrape_configs"] = [{"job_name": job["job_name"], "static_configs": [{"targets": [self.target]}]}]
        return config

    def start(self) -> Prometheus:
        config_path = self.workdir / "prometheus.yml"
        config_path.write_text(yaml.safe_dump(self.config()))
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [PROMETHEUS, f"--config.file={config_path}", f"--storage.tsdb.path={self.workdir / 'tsdb'}",
                 f"--web.listen-address=127.0.0.1:{self.port}", "--log.level=warn"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )
        wait_for(self._ready, 60, "Prometheus ready")
        return self

    def _ready(self) -> bool:
        assert self.proc is not None and self.proc.poll() is None, self.log_path.read_text()
        try:
            with urllib.request.urlopen(f"{self.url}/-/ready", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def api(self, path: str, **params: str) -> Any:
        url = f"{self.url}/api/v1/{path}?{urllib.parse.urlencode(params)}"
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = json.load(response)
        except urllib.error.HTTPError as exc:
            body = json.load(exc)
        assert body["status"] == "success", f"{path} {params}: {body.get('error')}"
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self.api("query", query=expr)
        assert data["resultType"] == "vector", expr
        return data["result"]

    def value(self, expr: str) -> float | None:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else None


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not within {timeout:.0f}s")
        time.sleep(0.5)


@pytest.fixture
def monitored(worker_factory, tmp_path) -> Iterator[tuple[WorkerProcess, Prometheus]]:
    worker = worker_factory()
    prometheus = Prometheus(tmp_path, f"127.0.0.1:{worker.metrics_port}")
    try:
        yield worker, prometheus.start()
    finally:
        prometheus.stop()


def articles(samples: list[dict], round_: int) -> list[tuple[bytes, bytes]]:
    """The samples under ids of their own per round: new articles to the dedup table."""
    renamed = [{**a, "id": f"{a['id']}-r{round_}"} for a in samples]
    return [(a["id"].encode(), orjson.dumps(a)) for a in renamed]


def dashboard_queries(window: str) -> list[tuple[str, str]]:
    """(panel title, PromQL) for every target; Grafana's variables replaced by concrete values."""
    dashboard = json.loads(DASHBOARD.read_text())
    return [
        (panel["title"], target["expr"].replace("$__rate_interval", window))
        for panel in dashboard["panels"] for target in panel.get("targets", [])
    ]


def alert_rules() -> list[dict[str, Any]]:
    groups = yaml.safe_load((PROM_DIR / "alerts.yml").read_text())["groups"]
    return [rule for group in groups for rule in group["rules"] if "alert" in rule]


@needs_prometheus
def test_promtool_accepts_deploy_config_and_rules():
    for args in (["check", "config", "prometheus.yml"], ["check", "rules", "alerts.yml"],
                 ["test", "rules", "alerts_test.yml"]):
        result = subprocess.run([PROMTOOL, *args], cwd=PROM_DIR, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"promtool {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    # From another folder too: rule_files must resolve against the config file, not the cwd.
    result = subprocess.run([PROMTOOL, "check", "config", str(PROM_DIR / "prometheus.yml")], cwd="/",
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_prometheus
def test_dashboard_and_alerts_work_on_a_real_prometheus(broker, monitored, sample_articles, capsys):
    worker, prometheus = monitored
    names = TopicNames(worker.prefix)
    started = time.monotonic()

    def alive() -> None:
        assert worker.alive(), worker.log()

    def ready() -> bool:
        alive()
        return all(prometheus.query(m) for m in ("newswire_worker_info", "newswire_consumer_lag_messages"))

    wait_for(ready, 240, "worker loaded its model and sampled its lag")

    # Three rounds of new articles, in small batches each awaited before the next, so latency
    # measures processing rather than a pile; a malformed message and a re-delivered article go in
    # with the first and third batch. (batch, how many new articles it holds)
    rounds = [articles(sample_articles, r) for r in range(3)]
    garbage = (b"garbage", b"{not json at all")
    duplicate = rounds[0][0]
    half = len(sample_articles) // 2
    batches = [(b, len(b)) for r in rounds for b in (r[:half], r[half:])]
    batches[0] = ([*batches[0][0], garbage], batches[0][1])
    batches[2] = ([*batches[2][0], duplicate], batches[2][1])
    expected_enriched = 0
    for batch, new_articles in batches:
        asyncio.run(produce(broker.bootstrap, names(topics.RAW), batch))
        expected_enriched += new_articles

        def done(records, target=expected_enriched) -> bool:
            return (len(by_topic(records, names, topics.ENRICHED)) >= target
                    and len(by_topic(records, names, topics.DEADLETTER)) >= 1)

        asyncio.run(consume_until(broker.bootstrap, names.outputs, done, 240, alive))

    consumed = sum(len(b) for b, _ in batches)

    def scraped_final_state() -> bool:
        alive()
        return (prometheus.value("sum(newswire_articles_consumed_total)") == consumed
                and prometheus.value("sum(newswire_duplicates_skipped_total)") == 1
                and prometheus.value("sum(newswire_articles_in_flight)") == 0
                and prometheus.value("max(newswire_consumer_lag_messages)") == 0)

    wait_for(scraped_final_state, 120, "Prometheus scraped every article finished and no lag")

    # The accounting invariant, in the scraped numbers.
    numbers = {
        name: prometheus.value(f"sum(newswire_{name})")
        for name in ("articles_consumed_total", "articles_enriched_total", "dead_letters_total",
                     "duplicates_skipped_total", "articles_in_flight")
    }
    assert numbers["articles_consumed_total"] == (
        numbers["articles_enriched_total"] + numbers["dead_letters_total"]
        + numbers["duplicates_skipped_total"] + numbers["articles_in_flight"]
    ), numbers
    assert numbers["articles_enriched_total"] == expected_enriched
    assert prometheus.value('newswire_dead_letters_total{reason="not_json"}') == 1
    assert prometheus.value('newswire_events_emitted_total{type="sentiment"}') == expected_enriched
    assert prometheus.value("sum(newswire_end_to_end_latency_seconds_count)") == expected_enriched
    for stage in ("parse", "cast", "statements", "meetings", "sentiment"):
        count = prometheus.value(f'newswire_enrich_stage_duration_seconds_count{{stage="{stage}"}}')
        assert count == expected_enriched, stage
    [info] = prometheus.query("newswire_worker_info")
    assert info["metric"]["broker_kind"] == "embedded" and info["metric"]["model"]

    # The worker's own exposition passes Prometheus' linter.
    with urllib.request.urlopen(worker.metrics_url, timeout=10) as response:
        exposition = response.read()
    lint = subprocess.run([PROMTOOL, "check", "metrics"], input=exposition, capture_output=True, timeout=60)
    assert lint.returncode == 0, lint.stdout.decode() + lint.stderr.decode()

    # Every dashboard expression returns data. The window stands in for $__rate_interval and
    # covers the whole run, as the dashboard's time range would.
    window = f"{int(time.monotonic() - started) + 30}s"
    empty, not_finite = [], []
    for title, expr in dashboard_queries(window):
        result = prometheus.query(expr)
        if not result:
            empty.append((title, expr))
        elif not any(math.isfinite(float(r["value"][1])) for r in result):
            not_finite.append((title, expr))
    assert not empty, f"dashboard queries without data: {empty}"
    assert not not_finite, f"dashboard queries with only NaN/Inf: {not_finite}"

    # Every alert: evaluated by Prometheus without error, not firing, its condition false now.
    expected_alerts = {rule["alert"] for rule in alert_rules()}

    def rules_evaluated() -> dict[str, dict[str, Any]]:
        groups = prometheus.api("rules", type="alert")["groups"]
        rules = {r["name"]: r for g in groups for r in g["rules"]}
        return rules if all(not r["lastEvaluation"].startswith("0001") for r in rules.values()) else {}

    wait_for(lambda: bool(rules_evaluated()), 30, "every alert rule evaluated")
    rules = rules_evaluated()
    assert set(rules) == expected_alerts
    for name, rule in rules.items():
        assert rule["health"] == "ok", (name, rule.get("lastError"))
        assert rule["state"] != "firing", (name, rule["alerts"])
    for rule in alert_rules():
        assert prometheus.query(rule["expr"]) == [], f"{rule['alert']} condition holds on a healthy run"

    p99 = prometheus.value(
        f"histogram_quantile(0.99, sum by (le) (rate(newswire_end_to_end_latency_seconds_bucket[{window}])))"
    )
    with capsys.disabled():
        print(f"\nmonitoring: {numbers}; end-to-end p99 ≈ {p99:.2f}s; {len(dashboard_queries(window))} "
              f"dashboard queries and {len(expected_alerts)} alerts checked")
    alive()


def test_metrics_address_in_use_stops_the_worker(worker_factory):
    """A taken metrics port is a configuration error that stops the worker, not a silent scrape gap."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        worker = worker_factory(NEWSWIRE_METRICS_ADDR=f"127.0.0.1:{taken.getsockname()[1]}")
        wait_for(lambda: not worker.alive(), 240, "worker stops")
    assert worker.proc is not None and worker.proc.returncode != 0
    assert "Address already in use" in worker.log()
