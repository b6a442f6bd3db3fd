"""The deployment files, checked without Docker: they parse, pin their images, and agree with
each other and with the CLI (ports, topics, env names, mounts, data source uid)."""

from __future__ import annotations

import fnmatch
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from streams.schemas import SCHEMA_DIR_ENV
from streams.topics import STORIES, STORY_MENTIONS, TopicNames

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
PROMETHEUS = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
DASHBOARD = json.loads((DEPLOY / "grafana" / "dashboards" / "newswire.json").read_text())
DOCKERFILE = (DEPLOY / "Dockerfile").read_text()
DOCS = (ROOT / "docs" / "monitoring.md").read_text()


def worker_help() -> str:
    result = subprocess.run([sys.executable, "-m", "streams", "worker", "--help"], capture_output=True, text=True,
                            cwd=ROOT, check=True, timeout=120)
    return result.stdout


def mount(service: str, source: str) -> str:
    """The container path where `service` mounts the host path `source`."""
    for volume in SERVICES[service]["volumes"]:
        host, target, *_ = volume.split(":")
        if Path(host) == Path(source):
            return target
    raise AssertionError(f"{service} does not mount {source}")


@pytest.mark.parametrize("path", sorted(p.relative_to(ROOT) for p in [*DEPLOY.rglob("*.yml"),
                                                                       ROOT / "docker-compose.yml"]))
def test_yaml_parses(path):
    assert yaml.safe_load((ROOT / path).read_text())


def test_images_are_pinned():
    images = [s["image"] for s in SERVICES.values() if "image" in s]
    froms = re.findall(r"^FROM\s+(\S+)", DOCKERFILE, re.M)
    assert images and froms
    for image in [*images, *froms]:
        tag = image.partition(":")[2]
        assert tag and tag != "latest" and re.search(r"\d+\.\d+", tag), image


def test_every_service_builds_or_pulls():
    for name, service in SERVICES.items():
        assert ("image" in service) != ("build" in service), name


def test_worker_command_and_env_exist_in_the_cli():
    worker = SERVICES["worker"]
    assert worker["build"] == {"context": ".", "dockerfile": "deploy/Dockerfile"}
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    command = worker["command"]
    assert command[:2] == ["newswire", "worker"] and "newswire" in scripts
    help_text = worker_help()
    for flag in (arg.split("=")[0] for arg in command[2:] if arg.startswith("-")):
        assert flag in help_text, flag
    env = worker["environment"]
    assert env["NEWSWIRE_BROKER"] == "kafka://kafka:9092"
    assert env["NEWSWIRE_METRICS_ADDR"] == "0.0.0.0:9108"
    from streams.cli.kafka import worker as worker_command

    options = {p.envvar: p for p in worker_command.params if p.envvar}
    for name, value in env.items():
        assert name in options, f"{name} is not an env var of `newswire worker`"
        assert options[name].opts[0] in help_text
        options[name].type.convert(value, options[name], None)  # a value the option accepts


def test_dockerfile_installs_with_pip_and_runs_the_worker():
    assert re.search(r"^RUN pip install \.", DOCKERFILE, re.M)
    assert re.search(r'^CMD \["newswire", "worker"\]', DOCKERFILE, re.M)
    copied = dict(re.findall(r"^COPY (\S+) (\S+)$", DOCKERFILE, re.M))
    for source in [*copied, "pyproject.toml", "README.md"]:
        assert (ROOT / source).exists(), source
    # The package's schemas_data is a symlink to schemas/: the install needs its target beside it.
    assert copied["schemas"] == "./schemas" and copied["streams"] == "./streams"
    assert SCHEMA_DIR_ENV not in DOCKERFILE  # the installed package carries its schemas
    assert "WORKDIR /app" in DOCKERFILE


def test_topic_service_creates_every_topic_with_the_worker_partitions():
    script = SERVICES["topics"]["command"][0]
    created = [t for t in re.search(r"for topic in ([^;]+);", script).group(1).split() if t != "\\"]
    compacted = re.findall(r"--topic (\S+) .*--config cleanup\.policy=compact", script)
    assert sorted(created + compacted) == sorted([*TopicNames("").all, STORY_MENTIONS, STORIES])
    assert compacted == [STORIES]
    partitions = re.search(r"--partitions (\d+)", script).group(1)
    assert partitions == SERVICES["worker"]["environment"]["NEWSWIRE_PARTITIONS"]
    assert SERVICES["topics"]["image"] == SERVICES["kafka"]["image"]
    assert SERVICES["worker"]["depends_on"]["topics"]["condition"] == "service_completed_successfully"


def test_kafka_is_single_node_kraft_on_the_workers_address():
    env = SERVICES["kafka"]["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    assert SERVICES["kafka"]["image"].startswith("apache/kafka:")


def test_prometheus_scrapes_the_workers_metrics_port():
    [job] = [j for j in PROMETHEUS["scrape_configs"] if j["job_name"] == "newswire"]
    [sd] = job["dns_sd_configs"]
    port = SERVICES["worker"]["environment"]["NEWSWIRE_METRICS_ADDR"].rsplit(":", 1)[1]
    assert sd["names"] == ["worker"] and str(sd["port"]) == port
    config_flag = next(a for a in SERVICES["prometheus"]["command"] if a.startswith("--config.file="))
    config_path = Path(config_flag.split("=", 1)[1])
    assert mount("prometheus", "./deploy/prometheus") == str(config_path.parent)
    for rule_file in PROMETHEUS["rule_files"]:  # relative to the config file, as Prometheus reads them
        assert (DEPLOY / "prometheus" / rule_file).is_file(), rule_file


def test_grafana_provisioning_matches_the_dashboard_and_prometheus():
    provisioning = DEPLOY / "grafana" / "provisioning"
    [source] = yaml.safe_load((provisioning / "datasources" / "prometheus.yml").read_text())["datasources"]
    assert source["url"] == "http://prometheus:9090" and "9090:9090" in SERVICES["prometheus"]["ports"]
    uids = {t["datasource"]["uid"] for p in DASHBOARD["panels"] for t in p["targets"]}
    uids |= {p["datasource"]["uid"] for p in DASHBOARD["panels"]}
    assert uids == {source["uid"]}
    [provider] = yaml.safe_load((provisioning / "dashboards" / "newswire.yml").read_text())["providers"]
    assert mount("grafana", "./deploy/grafana/dashboards") == provider["options"]["path"]
    assert mount("grafana", "./deploy/grafana/provisioning") == "/etc/grafana/provisioning"


def test_dashboard_has_the_panels_operators_need():
    titles = {p["title"] for p in DASHBOARD["panels"]}
    for needed in ("Throughput per topic", "Events per type", "Consumer lag per partition",
                   "Dead letters by reason", "Sentiment over time", "Meetings and statements per minute"):
        assert needed in titles
    [latency] = [p for p in DASHBOARD["panels"] if p["title"].startswith("End-to-end latency")]
    assert [t["legendFormat"] for t in latency["targets"]] == ["p50", "p95", "p99"]
    ids = [p["id"] for p in DASHBOARD["panels"]]
    assert len(ids) == len(set(ids))
    [row] = [p for p in DASHBOARD["panels"] if p["type"] == "row" and p["title"] == "Stories"]
    below = [p for p in DASHBOARD["panels"] if p["gridPos"]["y"] > row["gridPos"]["y"]]
    assert {"Stories open", "Story status changes"} <= {p["title"] for p in below}
    assert all("stor" in t["expr"] for p in below for t in p["targets"])


def test_docs_mention_only_services_that_exist():
    section = DOCS.split("\n### Services\n", 1)[1].split("\n### ", 1)[0]
    mentioned = set(re.findall(r"^\| `([a-z-]+)` \|", section, re.M))
    assert mentioned == set(SERVICES)
    for name in re.findall(r"docker compose (?:run --rm |logs |up -d --scale )(\w+)", DOCS):
        assert name in SERVICES, name


def test_the_image_gets_every_data_file_of_the_package():
    """The image installs with plain `pip install .`: data files must be declared package data."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["*"]
    data_files = [p for p in (ROOT / "streams").rglob("*")
                  if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert data_files
    for path in data_files:
        assert any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns), path.relative_to(ROOT)


def test_prometheus_sends_alerts_to_the_alertmanager_service_whose_routes_name_real_alerts():
    config_flag = next(a for a in SERVICES["alertmanager"]["command"] if a.startswith("--config.file="))
    config_path = Path(config_flag.split("=", 1)[1])
    assert mount("alertmanager", "./deploy/alertmanager") == str(config_path.parent)
    [manager] = PROMETHEUS["alerting"]["alertmanagers"]
    [target] = manager["static_configs"][0]["targets"]
    host, port = target.split(":")
    assert host == "alertmanager" and f"{port}:{port}" in SERVICES["alertmanager"]["ports"]
    assert "alertmanager" in SERVICES["prometheus"]["depends_on"]

    config = yaml.safe_load((DEPLOY / "alertmanager" / config_path.name).read_text())
    receivers = {r["name"] for r in config["receivers"]}
    routes = [config["route"], *config["route"].get("routes", [])]
    assert {r["receiver"] for r in routes if "receiver" in r} <= receivers
    alerts = {r["alert"] for g in yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())["groups"]
              for r in g["rules"] if "alert" in r}
    matchers = [m for r in routes for m in r.get("matchers", [])]
    matchers += [m for rule in config.get("inhibit_rules", []) for key in ("source_matchers", "target_matchers")
                 for m in rule[key]]
    named = {name for m in matchers for name in re.findall(r"Newswire\w+", m)}
    assert named and named <= alerts
